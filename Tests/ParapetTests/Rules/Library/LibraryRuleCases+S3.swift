import ParapetCore

/// Failing and passing S3 resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let s3LibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.s3.bucket_object_level_logging_write", type: "aws.s3.bucket",
    failing: json(#"{"Name": "app-data"}"#),
    passing: json(#"{"Name": "app-data"}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "EventSelectors": [
            {
              "DataResources": [
                {
                  "Type": "AWS::S3::Object",
                  "Values": [
                    "arn:aws:s3:::app-data/"
                  ]
                }
              ],
              "IncludeManagementEvents": true,
              "ReadWriteType": "ReadOnly"
            }
          ],
          "Name": "data",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "data")
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "EventSelectors": [
            {
              "DataResources": [
                {
                  "Type": "AWS::S3::Object",
                  "Values": [
                    "arn:aws:s3:::app-data/"
                  ]
                }
              ],
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "Name": "data",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "data")
    ],
    name: "app-data"),
  .init(
    id: "aws.s3.bucket_object_level_logging_read", type: "aws.s3.bucket",
    failing: json(#"{"Name": "app-data"}"#),
    passing: json(#"{"Name": "app-data"}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "EventSelectors": [
            {
              "DataResources": [
                {
                  "Type": "AWS::S3::Object",
                  "Values": [
                    "arn:aws:s3:::app-data/"
                  ]
                }
              ],
              "IncludeManagementEvents": true,
              "ReadWriteType": "WriteOnly"
            }
          ],
          "Name": "data",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "data")
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "EventSelectors": [
            {
              "DataResources": [
                {
                  "Type": "AWS::S3::Object",
                  "Values": [
                    "arn:aws:s3:::app-data/"
                  ]
                }
              ],
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "Name": "data",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "data")
    ],
    name: "app-data"),
  .init(
    id: "aws.s3.bucket_acls_disabled", type: "aws.s3.bucket",
    failing: json(
      #"""
      {
        "OwnershipControls": {
          "Rules": [
            {
              "ObjectOwnership": "ObjectWriter"
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "OwnershipControls": {
          "Rules": [
            {
              "ObjectOwnership": "BucketOwnerEnforced"
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.s3.bucket_kms_encryption", type: "aws.s3.bucket",
    failing: json(
      #"""
      {
        "Encryption": {
          "Rules": [
            {
              "ApplyServerSideEncryptionByDefault": {
                "SSEAlgorithm": "AES256"
              }
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Encryption": {
          "Rules": [
            {
              "ApplyServerSideEncryptionByDefault": {
                "SSEAlgorithm": "aws:kms"
              }
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
]

/// Exact messages of `s3LibraryCases`.
let s3LibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.s3.bucket_object_level_logging_write": (
    fail: "Bucket app-data object-level write events are not logged by any trail.",
    pass: "Bucket app-data object-level write events are logged by a trail."
  ),
  "aws.s3.bucket_object_level_logging_read": (
    fail: "Bucket app-data object-level read events are not logged by any trail.",
    pass: "Bucket app-data object-level read events are logged by a trail."
  ),
  "aws.s3.bucket_acls_disabled": (
    fail: "Bucket r1 still honours ACLs.",
    pass: "Bucket r1 has ACLs disabled."
  ),
  "aws.s3.bucket_kms_encryption": (
    fail: "Bucket r1 does not encrypt with KMS by default.",
    pass: "Bucket r1 encrypts with KMS by default."
  ),
]
