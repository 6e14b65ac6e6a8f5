#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are C variadic functions, which Swift cannot
// call. These typed wrappers pass each kind of argument libcurl documents for an option.

/// The signature of CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION callbacks.
typedef size_t (*parapet_curl_data_callback)(char *data, size_t size, size_t count,
                                             void *context);

static inline CURLcode parapet_curl_setopt_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode parapet_curl_setopt_off_t(CURL *handle, CURLoption option,
                                                 curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode parapet_curl_setopt_string(CURL *handle, CURLoption option,
                                                  const char *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode parapet_curl_setopt_pointer(CURL *handle, CURLoption option,
                                                   void *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode parapet_curl_setopt_slist(CURL *handle, CURLoption option,
                                                 struct curl_slist *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode parapet_curl_setopt_write_callback(CURL *handle,
                                                          parapet_curl_data_callback callback) {
  return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
}

static inline CURLcode parapet_curl_setopt_header_callback(CURL *handle,
                                                           parapet_curl_data_callback callback) {
  return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}

static inline CURLcode parapet_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
  return curl_easy_getinfo(handle, info, value);
}
