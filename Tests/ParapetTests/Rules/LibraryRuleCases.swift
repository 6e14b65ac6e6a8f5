import ParapetCore

// One case per library rule, in the shapes the AWS APIs return; keep in step with the YAML.

/// Failing and passing resources for the library rules added with the CIS monitoring
/// and FSBP service checks, with the exact messages each gives.
let libraryRuleCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.cloudwatch.monitor_unauthorized_api_calls", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "unauthorized_api_calls",
              "filterPattern": "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
              "metricTransformations": [
                {
                  "metricName": "unauthorized_api_calls",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "unauthorized_api_calls",
          "MetricName": "unauthorized_api_calls",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "unauthorized_api_calls"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "unauthorized_api_calls",
              "filterPattern": "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
              "metricTransformations": [
                {
                  "metricName": "unauthorized_api_calls",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "unauthorized_api_calls",
          "MetricName": "unauthorized_api_calls",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "unauthorized_api_calls"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_console_signin_without_mfa", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "console_signin_without_mfa",
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.additionalEventData.MFAUsed != \"Yes\") }",
              "metricTransformations": [
                {
                  "metricName": "console_signin_without_mfa",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "console_signin_without_mfa",
          "MetricName": "console_signin_without_mfa",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "console_signin_without_mfa"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "console_signin_without_mfa",
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.additionalEventData.MFAUsed != \"Yes\") }",
              "metricTransformations": [
                {
                  "metricName": "console_signin_without_mfa",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "console_signin_without_mfa",
          "MetricName": "console_signin_without_mfa",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "console_signin_without_mfa"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_root_account_usage", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "root_account_usage",
              "filterPattern": "{ ($.userIdentity.type = \"Root\") || ($.userIdentity.invokedBy NOT EXISTS) || ($.eventType != \"AwsServiceEvent\") }",
              "metricTransformations": [
                {
                  "metricName": "root_account_usage",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "root_account_usage",
          "MetricName": "root_account_usage",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "root_account_usage"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "root_account_usage",
              "filterPattern": "{ ($.userIdentity.type = \"Root\") || ($.userIdentity.invokedBy NOT EXISTS) || ($.eventType != \"AwsServiceEvent\") }",
              "metricTransformations": [
                {
                  "metricName": "root_account_usage",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "root_account_usage",
          "MetricName": "root_account_usage",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "root_account_usage"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_iam_policy_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "iam_policy_changes",
              "filterPattern": "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
              "metricTransformations": [
                {
                  "metricName": "iam_policy_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "iam_policy_changes",
          "MetricName": "iam_policy_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "iam_policy_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "iam_policy_changes",
              "filterPattern": "{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
              "metricTransformations": [
                {
                  "metricName": "iam_policy_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "iam_policy_changes",
          "MetricName": "iam_policy_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "iam_policy_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_cloudtrail_config_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "cloudtrail_config_changes",
              "filterPattern": "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
              "metricTransformations": [
                {
                  "metricName": "cloudtrail_config_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "cloudtrail_config_changes",
          "MetricName": "cloudtrail_config_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "cloudtrail_config_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "cloudtrail_config_changes",
              "filterPattern": "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }",
              "metricTransformations": [
                {
                  "metricName": "cloudtrail_config_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "cloudtrail_config_changes",
          "MetricName": "cloudtrail_config_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "cloudtrail_config_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_console_authentication_failures", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "console_authentication_failures",
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.errorMessage = \"\"Failed authentication\"\") }",
              "metricTransformations": [
                {
                  "metricName": "console_authentication_failures",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "console_authentication_failures",
          "MetricName": "console_authentication_failures",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "console_authentication_failures"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "console_authentication_failures",
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.errorMessage = \"\"Failed authentication\"\") }",
              "metricTransformations": [
                {
                  "metricName": "console_authentication_failures",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "console_authentication_failures",
          "MetricName": "console_authentication_failures",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "console_authentication_failures"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_kms_key_disable_or_deletion", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "kms_key_disable_or_deletion",
              "filterPattern": "{ ($.eventSource = \"kms.amazonaws.com\") || ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }",
              "metricTransformations": [
                {
                  "metricName": "kms_key_disable_or_deletion",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "kms_key_disable_or_deletion",
          "MetricName": "kms_key_disable_or_deletion",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "kms_key_disable_or_deletion"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "kms_key_disable_or_deletion",
              "filterPattern": "{ ($.eventSource = \"kms.amazonaws.com\") || ($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion) }",
              "metricTransformations": [
                {
                  "metricName": "kms_key_disable_or_deletion",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "kms_key_disable_or_deletion",
          "MetricName": "kms_key_disable_or_deletion",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "kms_key_disable_or_deletion"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_s3_bucket_policy_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "s3_bucket_policy_changes",
              "filterPattern": "{ ($.eventSource = \"s3.amazonaws.com\") || ($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication) }",
              "metricTransformations": [
                {
                  "metricName": "s3_bucket_policy_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "s3_bucket_policy_changes",
          "MetricName": "s3_bucket_policy_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "s3_bucket_policy_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "s3_bucket_policy_changes",
              "filterPattern": "{ ($.eventSource = \"s3.amazonaws.com\") || ($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication) }",
              "metricTransformations": [
                {
                  "metricName": "s3_bucket_policy_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "s3_bucket_policy_changes",
          "MetricName": "s3_bucket_policy_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "s3_bucket_policy_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_config_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "config_changes",
              "filterPattern": "{ ($.eventSource = \"config.amazonaws.com\") || ($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder) }",
              "metricTransformations": [
                {
                  "metricName": "config_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "config_changes",
          "MetricName": "config_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "config_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "config_changes",
              "filterPattern": "{ ($.eventSource = \"config.amazonaws.com\") || ($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder) }",
              "metricTransformations": [
                {
                  "metricName": "config_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "config_changes",
          "MetricName": "config_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "config_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_security_group_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "security_group_changes",
              "filterPattern": "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }",
              "metricTransformations": [
                {
                  "metricName": "security_group_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "security_group_changes",
          "MetricName": "security_group_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "security_group_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "security_group_changes",
              "filterPattern": "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }",
              "metricTransformations": [
                {
                  "metricName": "security_group_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "security_group_changes",
          "MetricName": "security_group_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "security_group_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_nacl_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "nacl_changes",
              "filterPattern": "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }",
              "metricTransformations": [
                {
                  "metricName": "nacl_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "nacl_changes",
          "MetricName": "nacl_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "nacl_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "nacl_changes",
              "filterPattern": "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }",
              "metricTransformations": [
                {
                  "metricName": "nacl_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "nacl_changes",
          "MetricName": "nacl_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "nacl_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_network_gateway_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "network_gateway_changes",
              "filterPattern": "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }",
              "metricTransformations": [
                {
                  "metricName": "network_gateway_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "network_gateway_changes",
          "MetricName": "network_gateway_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "network_gateway_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "network_gateway_changes",
              "filterPattern": "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }",
              "metricTransformations": [
                {
                  "metricName": "network_gateway_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "network_gateway_changes",
          "MetricName": "network_gateway_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "network_gateway_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_route_table_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "route_table_changes",
              "filterPattern": "{ ($.eventSource = \"ec2.amazonaws.com\") || ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
              "metricTransformations": [
                {
                  "metricName": "route_table_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "route_table_changes",
          "MetricName": "route_table_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "route_table_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "route_table_changes",
              "filterPattern": "{ ($.eventSource = \"ec2.amazonaws.com\") || ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
              "metricTransformations": [
                {
                  "metricName": "route_table_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "route_table_changes",
          "MetricName": "route_table_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "route_table_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_vpc_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "vpc_changes",
              "filterPattern": "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }",
              "metricTransformations": [
                {
                  "metricName": "vpc_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "vpc_changes",
          "MetricName": "vpc_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "vpc_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "vpc_changes",
              "filterPattern": "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }",
              "metricTransformations": [
                {
                  "metricName": "vpc_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "vpc_changes",
          "MetricName": "vpc_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "vpc_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.cloudwatch.monitor_organizations_changes", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "organizations_changes",
              "filterPattern": "{ ($.eventSource = \"organizations.amazonaws.com\") || ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit) }",
              "metricTransformations": [
                {
                  "metricName": "organizations_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "organizations_changes",
          "MetricName": "organizations_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "organizations_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "PendingConfirmation"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    passingExtras: [
      extra(
        "aws.cloudtrail.trail",
        #"""
        {
          "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "EventSelectors": [
            {
              "IncludeManagementEvents": true,
              "ReadWriteType": "All"
            }
          ],
          "IsMultiRegionTrail": "true",
          "Name": "main",
          "Status": {
            "IsLogging": true
          }
        }
        """#,
        name: "main"),
      extra(
        "aws.logs.log_group",
        #"""
        {
          "MetricFilters": [
            {
              "filterName": "organizations_changes",
              "filterPattern": "{ ($.eventSource = \"organizations.amazonaws.com\") || ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit) }",
              "metricTransformations": [
                {
                  "metricName": "organizations_changes",
                  "metricNamespace": "CISBenchmark",
                  "metricValue": "1"
                }
              ]
            }
          ],
          "arn": "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*",
          "logGroupName": "cloudtrail"
        }
        """#,
        name: "cloudtrail"),
      extra(
        "aws.cloudwatch.alarm",
        #"""
        {
          "AlarmActions": [
            "arn:aws:sns:us-east-1:111122223333:security-alerts"
          ],
          "AlarmName": "organizations_changes",
          "MetricName": "organizations_changes",
          "Namespace": "CISBenchmark"
        }
        """#,
        name: "organizations_changes"),
      extra(
        "aws.sns.topic",
        #"""
        {
          "Subscriptions": [
            {
              "Endpoint": "secops@example.com",
              "Protocol": "email",
              "SubscriptionArn": "arn:aws:sns:us-east-1:111122223333:security-alerts:0b6941c5"
            }
          ],
          "TopicArn": "arn:aws:sns:us-east-1:111122223333:security-alerts"
        }
        """#,
        name: "security-alerts"),
    ],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_uppercase", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireUppercaseCharacters": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireUppercaseCharacters": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_lowercase", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireLowercaseCharacters": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireLowercaseCharacters": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_symbols", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireSymbols": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireSymbols": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_numbers", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireNumbers": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireNumbers": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_max_age_90", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"MaxPasswordAge": "365"}}"#),
    passing: json(#"{"PasswordPolicy": {"MaxPasswordAge": "90"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.support_role_exists", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.iam.role",
        #"""
        {
          "AttachedManagedPolicies": [
            {
              "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
              "PolicyName": "ReadOnlyAccess"
            }
          ],
          "RoleName": "ops"
        }
        """#,
        name: "ops")
    ],
    passingExtras: [
      extra(
        "aws.iam.role",
        #"""
        {
          "AttachedManagedPolicies": [
            {
              "PolicyArn": "arn:aws:iam::aws:policy/AWSSupportAccess",
              "PolicyName": "AWSSupportAccess"
            }
          ],
          "RoleName": "support"
        }
        """#,
        name: "support")
    ],
    name: "r1"),
  .init(
    id: "aws.iam.server_certificate_not_expired", type: "aws.iam.server_certificate",
    failing: json(
      #"""
      {
        "Expiration": "2024-01-01T00:00:00Z",
        "ServerCertificateName": "old"
      }
      """#),
    passing: json(
      #"""
      {
        "Expiration": "2026-01-01T00:00:00Z",
        "ServerCertificateName": "new"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.iam.cloudshell_full_access_restricted", type: "aws.iam.policy",
    failing: json(
      #"""
      {
        "Arn": "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
        "AttachmentCount": "2"
      }
      """#),
    passing: json(
      #"""
      {
        "Arn": "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
        "AttachmentCount": "0"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "AWSCloudShellFullAccess"),
  .init(
    id: "aws.iam.root_not_used_recently", type: "aws.account",
    failing: json(
      #"""
      {
        "RootCredentials": {
          "access_key_1_last_used_date": "N/A",
          "access_key_2_last_used_date": "N/A",
          "password_last_used": "2024-12-20T00:00:00Z"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "RootCredentials": {
          "access_key_1_last_used_date": "N/A",
          "access_key_2_last_used_date": "N/A",
          "password_last_used": "2024-05-01T00:00:00Z"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.securityhub.enabled_in_region", type: "aws.region",
    failing: json(#"{"SecurityHub": null}"#),
    passing: json(
      #"""
      {
        "SecurityHub": {
          "HubArn": "arn:aws:securityhub:us-east-1:111122223333:hub/default"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
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
  .init(
    id: "aws.ec2.security_group_no_public_ftp", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "21",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "21"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "21",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "21"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_telnet", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "23",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "23"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "23",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "23"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_smtp", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "25",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "25"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "25",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "25"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_mysql", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "3306",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "3306"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "3306",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "3306"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_postgresql", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "5432",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "5432"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "5432",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "5432"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_mssql", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "1434",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "1434"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "1434",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "1434"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_oracle", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "2484",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "2484"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "2484",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "2484"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_mongodb", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "27018",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "27018"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "27018",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "27018"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_redis", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "6379",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "6379"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "6379",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "6379"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_elasticsearch", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "9300",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "9300"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "9300",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "9300"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_kafka", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "9092",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "9092"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "9092",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "9092"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_memcached", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "11211",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "11211"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "11211",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "11211"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_cassandra", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "8888",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "8888"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "8888",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "8888"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_kibana", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "5601",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "5601"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "5601",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "5601"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_cifs", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "445",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "445"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "GroupId": "sg-1",
        "IpPermissions": [
          {
            "FromPort": "445",
            "IpProtocol": "tcp",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ],
            "Ipv6Ranges": [],
            "ToPort": "445"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.security_group_no_public_all_traffic", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "IpPermissions": [
          {
            "IpProtocol": "-1",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ]
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "IpPermissions": [
          {
            "IpProtocol": "-1",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ]
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.network_acl_no_public_all_traffic", type: "aws.ec2.network_acl",
    failing: json(
      #"""
      {
        "Entries": [
          {
            "CidrBlock": "0.0.0.0/0",
            "Egress": "false",
            "Protocol": "-1",
            "RuleAction": "allow"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "Entries": [
          {
            "CidrBlock": "0.0.0.0/0",
            "Egress": "false",
            "PortRange": {
              "From": "443",
              "To": "443"
            },
            "Protocol": "6",
            "RuleAction": "allow"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.instance_no_public_ip", type: "aws.ec2.instance",
    failing: json(#"{"InstanceId": "i-1", "PublicIpAddress": "203.0.113.10"}"#),
    passing: json(#"{"InstanceId": "i-1", "PrivateIpAddress": "10.0.0.5"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_detailed_monitoring", type: "aws.ec2.instance",
    failing: json(#"{"Monitoring": {"State": "disabled"}}"#),
    passing: json(#"{"Monitoring": {"State": "enabled"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_uses_instance_profile", type: "aws.ec2.instance",
    failing: json(#"{"InstanceId": "i-1"}"#),
    passing: json(
      #"""
      {
        "IamInstanceProfile": {
          "Arn": "arn:aws:iam::111122223333:instance-profile/app"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_metadata_hop_limit", type: "aws.ec2.instance",
    failing: json(
      #"""
      {
        "MetadataOptions": {
          "HttpEndpoint": "enabled",
          "HttpPutResponseHopLimit": "3"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "MetadataOptions": {
          "HttpEndpoint": "enabled",
          "HttpPutResponseHopLimit": "1"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.subnet_no_auto_public_ip", type: "aws.ec2.subnet",
    failing: json(#"{"MapPublicIpOnLaunch": "true", "SubnetId": "subnet-1"}"#),
    passing: json(#"{"MapPublicIpOnLaunch": "false", "SubnetId": "subnet-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "subnet-1"),
  .init(
    id: "aws.ec2.volume_in_use", type: "aws.ec2.volume",
    failing: json(#"{"State": "available", "VolumeId": "vol-1"}"#),
    passing: json(#"{"State": "in-use", "VolumeId": "vol-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "vol-1"),
  .init(
    id: "aws.ec2.snapshot_encrypted", type: "aws.ec2.snapshot",
    failing: json(#"{"Encrypted": "false", "SnapshotId": "snap-1"}"#),
    passing: json(#"{"Encrypted": "true", "SnapshotId": "snap-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "snap-1"),
  .init(
    id: "aws.kms.key_not_pending_deletion", type: "aws.kms.key",
    failing: json(
      #"""
      {
        "DeletionDate": "2025-01-10T00:00:00Z",
        "KeyState": "PendingDeletion"
      }
      """#),
    passing: json(#"{"KeyState": "Enabled"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "k1"),
  .init(
    id: "aws.cloudtrail.trail_logging", type: "aws.cloudtrail.trail",
    failing: json(#"{"Status": {"IsLogging": false}}"#),
    passing: json(#"{"Status": {"IsLogging": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.cloudtrail.trail_global_service_events", type: "aws.cloudtrail.trail",
    failing: json(
      #"""
      {
        "IncludeGlobalServiceEvents": "false",
        "IsMultiRegionTrail": "true"
      }
      """#),
    passing: json(
      #"""
      {
        "IncludeGlobalServiceEvents": "true",
        "IsMultiRegionTrail": "true"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.config.recorder_healthy", type: "aws.config.recorder",
    failing: json(
      #"""
      {
        "Status": {
          "lastErrorMessage": "Insufficient delivery policy",
          "lastStatus": "FAILURE"
        }
      }
      """#),
    passing: json(#"{"Status": {"lastStatus": "SUCCESS"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "default"),
  .init(
    id: "aws.logs.log_group_retention_365_days", type: "aws.logs.log_group",
    failing: json(#"{"logGroupName": "app", "retentionInDays": 30}"#),
    passing: json(#"{"logGroupName": "app", "retentionInDays": 400}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.logs.log_group_kms_encrypted", type: "aws.logs.log_group",
    failing: json(#"{"logGroupName": "app"}"#),
    passing: json(
      #"""
      {
        "kmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k1",
        "logGroupName": "app"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.cloudwatch.alarm_has_action", type: "aws.cloudwatch.alarm",
    failing: json(#"{"ActionsEnabled": "true", "AlarmActions": []}"#),
    passing: json(
      #"""
      {
        "ActionsEnabled": "true",
        "AlarmActions": [
          "arn:aws:sns:us-east-1:111122223333:alerts"
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "cpu-high"),
  .init(
    id: "aws.sns.topic_encrypted", type: "aws.sns.topic",
    failing: json(#"{"Attributes": {"DisplayName": "alerts"}}"#),
    passing: json(#"{"Attributes": {"KmsMasterKeyId": "alias/aws/sns"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "alerts"),
  .init(
    id: "aws.sqs.queue_encrypted", type: "aws.sqs.queue",
    failing: json(#"{"Attributes": {"SqsManagedSseEnabled": "false"}}"#),
    passing: json(#"{"Attributes": {"SqsManagedSseEnabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "jobs"),
  .init(
    id: "aws.secretsmanager.secret_rotation_enabled", type: "aws.secretsmanager.secret",
    failing: json(#"{"RotationEnabled": false}"#),
    passing: json(#"{"RotationEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
  .init(
    id: "aws.secretsmanager.secret_rotated_90_days", type: "aws.secretsmanager.secret",
    failing: json(
      #"""
      {
        "LastRotatedDate": "2024-06-01T00:00:00Z",
        "RotationEnabled": true
      }
      """#),
    passing: json(
      #"""
      {
        "LastRotatedDate": "2024-12-15T00:00:00Z",
        "RotationEnabled": true
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
  .init(
    id: "aws.secretsmanager.secret_customer_managed_key", type: "aws.secretsmanager.secret",
    failing: json(#"{"Name": "db-password"}"#),
    passing: json(#"{"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
  .init(
    id: "aws.rds.instance_backup_retention_7_days", type: "aws.rds.instance",
    failing: json(#"{"BackupRetentionPeriod": "1"}"#),
    passing: json(#"{"BackupRetentionPeriod": "7"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_multi_az", type: "aws.rds.instance",
    failing: json(#"{"MultiAZ": "false"}"#),
    passing: json(#"{"MultiAZ": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_auto_minor_version_upgrade", type: "aws.rds.instance",
    failing: json(#"{"AutoMinorVersionUpgrade": "false"}"#),
    passing: json(#"{"AutoMinorVersionUpgrade": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_deletion_protection", type: "aws.rds.instance",
    failing: json(#"{"DeletionProtection": "false"}"#),
    passing: json(#"{"DeletionProtection": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_iam_authentication", type: "aws.rds.instance",
    failing: json(#"{"IAMDatabaseAuthenticationEnabled": "false"}"#),
    passing: json(#"{"IAMDatabaseAuthenticationEnabled": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_enhanced_monitoring", type: "aws.rds.instance",
    failing: json(#"{"MonitoringInterval": "0"}"#),
    passing: json(#"{"MonitoringInterval": "60"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_logs_exported", type: "aws.rds.instance",
    failing: json(#"{"Engine": "postgres"}"#),
    passing: json(#"{"EnabledCloudwatchLogsExports": ["postgresql"]}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_copy_tags_to_snapshots", type: "aws.rds.instance",
    failing: json(#"{"CopyTagsToSnapshot": "false"}"#),
    passing: json(#"{"CopyTagsToSnapshot": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.snapshot_encrypted", type: "aws.rds.snapshot",
    failing: json(#"{"Encrypted": "false"}"#),
    passing: json(#"{"Encrypted": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "snap1"),
  .init(
    id: "aws.rds.snapshot_not_public", type: "aws.rds.snapshot",
    failing: json(
      #"""
      {
        "Attributes": {
          "restore": ["all"]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "restore": ["444455556666"]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "snap1"),
  .init(
    id: "aws.rds.cluster_deletion_protection", type: "aws.rds.cluster",
    failing: json(#"{"DeletionProtection": false}"#),
    passing: json(#"{"DeletionProtection": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_multi_az", type: "aws.rds.cluster",
    failing: json(#"{"MultiAZ": false}"#),
    passing: json(#"{"MultiAZ": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_storage_encrypted", type: "aws.rds.cluster",
    failing: json(#"{"StorageEncrypted": false}"#),
    passing: json(#"{"StorageEncrypted": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_iam_authentication", type: "aws.rds.cluster",
    failing: json(#"{"IAMDatabaseAuthenticationEnabled": false}"#),
    passing: json(#"{"IAMDatabaseAuthenticationEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_copy_tags_to_snapshots", type: "aws.rds.cluster",
    failing: json(#"{"CopyTagsToSnapshot": false}"#),
    passing: json(#"{"CopyTagsToSnapshot": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_auto_minor_version_upgrade", type: "aws.rds.cluster",
    failing: json(#"{"AutoMinorVersionUpgrade": false}"#),
    passing: json(#"{"AutoMinorVersionUpgrade": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_backup_retention_7_days", type: "aws.rds.cluster",
    failing: json(#"{"BackupRetentionPeriod": 1}"#),
    passing: json(#"{"BackupRetentionPeriod": 7}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.lambda.function_runtime_supported", type: "aws.lambda.function",
    failing: json(#"{"Runtime": "python3.7"}"#),
    passing: json(#"{"Runtime": "python3.12"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
  .init(
    id: "aws.lambda.function_in_vpc", type: "aws.lambda.function",
    failing: json(#"{"VpcConfig": {"SubnetIds": [], "SecurityGroupIds": [], "VpcId": ""}}"#),
    passing: json(
      #"{"VpcConfig": {"SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"], "VpcId": "vpc-1"}}"#
    ),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
  .init(
    id: "aws.lambda.function_tracing_enabled", type: "aws.lambda.function",
    failing: json(#"{"TracingConfig": {"Mode": "PassThrough"}}"#),
    passing: json(#"{"TracingConfig": {"Mode": "Active"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
  .init(
    id: "aws.guardduty.detector_s3_protection", type: "aws.guardduty.detector",
    // GetDetector's wire shape: camel-case data sources, and the newer features list.
    failing: json(
      #"""
      {
        "dataSources": {"s3Logs": {"status": "DISABLED"}},
        "features": [{"name": "S3_DATA_EVENTS", "status": "DISABLED"}]
      }
      """#),
    passing: json(
      #"""
      {
        "dataSources": {"s3Logs": {"status": "DISABLED"}},
        "features": [{"name": "S3_DATA_EVENTS", "status": "ENABLED"}]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "det1"),
  .init(
    id: "aws.elbv2.load_balancer_deletion_protection", type: "aws.elbv2.load_balancer",
    failing: json(#"{"Attributes": {"deletion_protection.enabled": "false"}}"#),
    passing: json(#"{"Attributes": {"deletion_protection.enabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_access_logging", type: "aws.elbv2.load_balancer",
    failing: json(#"{"Attributes": {"access_logs.s3.enabled": "false"}}"#),
    passing: json(#"{"Attributes": {"access_logs.s3.enabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_drops_invalid_headers", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "routing.http.drop_invalid_header_fields.enabled": "false"
        },
        "Type": "application"
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "routing.http.drop_invalid_header_fields.enabled": "true"
        },
        "Type": "application"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_desync_mitigation", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "routing.http.desync_mitigation_mode": "monitor"
        },
        "Type": "application"
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "routing.http.desync_mitigation_mode": "defensive"
        },
        "Type": "application"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_encrypted_listeners", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 80,
            "Protocol": "HTTP"
          }
        ],
        "Scheme": "internet-facing"
      }
      """#),
    passing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
          }
        ],
        "Scheme": "internet-facing"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_modern_tls_policy", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-2016-08"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elb.load_balancer_encrypted_listeners", type: "aws.elb.load_balancer",
    failing: json(
      #"""
      {
        "ListenerDescriptions": [
          {
            "Listener": {
              "LoadBalancerPort": 80,
              "Protocol": "HTTP"
            }
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "ListenerDescriptions": [
          {
            "Listener": {
              "LoadBalancerPort": 443,
              "Protocol": "HTTPS"
            }
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_access_logging", type: "aws.elb.load_balancer",
    failing: json(#"{"Attributes": {"AccessLog": {"Enabled": false}}}"#),
    passing: json(#"{"Attributes": {"AccessLog": {"Enabled": true}}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_connection_draining", type: "aws.elb.load_balancer",
    failing: json(#"{"Attributes": {"ConnectionDraining": {"Enabled": false}}}"#),
    passing: json(#"{"Attributes": {"ConnectionDraining": {"Enabled": true}}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_cross_zone", type: "aws.elb.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "CrossZoneLoadBalancing": {
            "Enabled": false
          }
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "CrossZoneLoadBalancing": {
            "Enabled": true
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.ecr.repository_scan_on_push", type: "aws.ecr.repository",
    failing: json(#"{"imageScanningConfiguration": {"scanOnPush": false}}"#),
    passing: json(#"{"imageScanningConfiguration": {"scanOnPush": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.ecr.repository_tags_immutable", type: "aws.ecr.repository",
    failing: json(#"{"imageTagMutability": "MUTABLE"}"#),
    passing: json(#"{"imageTagMutability": "IMMUTABLE"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.ecr.repository_kms_encryption", type: "aws.ecr.repository",
    failing: json(#"{"encryptionConfiguration": {"encryptionType": "AES256"}}"#),
    passing: json(#"{"encryptionConfiguration": {"encryptionType": "KMS"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.eks.cluster_endpoint_not_open_to_internet", type: "aws.eks.cluster",
    failing: json(
      #"""
      {
        "resourcesVpcConfig": {
          "endpointPublicAccess": true,
          "publicAccessCidrs": [
            "0.0.0.0/0"
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "resourcesVpcConfig": {
          "endpointPublicAccess": true,
          "publicAccessCidrs": [
            "203.0.113.0/24"
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
  .init(
    id: "aws.eks.cluster_control_plane_logging", type: "aws.eks.cluster",
    failing: json(
      #"""
      {
        "logging": {
          "clusterLogging": [
            {
              "enabled": true,
              "types": [
                "api",
                "audit"
              ]
            },
            {
              "enabled": false,
              "types": [
                "authenticator",
                "controllerManager",
                "scheduler"
              ]
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "logging": {
          "clusterLogging": [
            {
              "enabled": true,
              "types": [
                "api",
                "audit",
                "authenticator",
                "controllerManager",
                "scheduler"
              ]
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
  .init(
    id: "aws.eks.cluster_secrets_encrypted", type: "aws.eks.cluster",
    failing: json(#"{"name": "prod"}"#),
    passing: json(
      #"""
      {
        "encryptionConfig": [
          {
            "provider": {
              "keyArn": "arn:aws:kms:us-east-1:111122223333:key/k1"
            },
            "resources": [
              "secrets"
            ]
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
  .init(
    id: "aws.dynamodb.table_point_in_time_recovery", type: "aws.dynamodb.table",
    failing: json(
      #"""
      {
        "ContinuousBackups": {
          "PointInTimeRecoveryDescription": {
            "PointInTimeRecoveryStatus": "DISABLED"
          }
        }
      }
      """#),
    passing: json(
      #"""
      {
        "ContinuousBackups": {
          "PointInTimeRecoveryDescription": {
            "PointInTimeRecoveryStatus": "ENABLED"
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
  .init(
    id: "aws.dynamodb.table_kms_encryption", type: "aws.dynamodb.table",
    failing: json(#"{"TableName": "orders"}"#),
    passing: json(#"{"SSEDescription": {"SSEType": "KMS", "Status": "ENABLED"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
  .init(
    id: "aws.dynamodb.table_deletion_protection", type: "aws.dynamodb.table",
    failing: json(#"{"DeletionProtectionEnabled": false}"#),
    passing: json(#"{"DeletionProtectionEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
  .init(
    id: "aws.apigateway.stage_execution_logging", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "loggingLevel": "OFF"
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "loggingLevel": "ERROR"
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_xray_tracing", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": true
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_waf", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "cacheClusterEnabled": false,
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "webAclArn": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_client_certificate", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "clientCertificateId": "cert1",
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_access_logging", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "accessLogSettings": {
              "destinationArn": "arn:aws:logs:us-east-1:111122223333:log-group:api",
              "format": "$context.requestId"
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_cache_encrypted", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "cacheDataEncrypted": false,
                "cachingEnabled": true
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "cacheDataEncrypted": true,
                "cachingEnabled": true
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.cloudfront.distribution_viewer_https", type: "aws.cloudfront.distribution",
    failing: json(
      #"""
      {
        "DefaultCacheBehavior": {
          "ViewerProtocolPolicy": "allow-all"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "DefaultCacheBehavior": {
          "ViewerProtocolPolicy": "redirect-to-https"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_origin_https", type: "aws.cloudfront.distribution",
    failing: json(
      #"""
      {
        "Origins": {
          "Items": [
            {
              "CustomOriginConfig": {
                "OriginProtocolPolicy": "http-only"
              },
              "Id": "app"
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Origins": {
          "Items": [
            {
              "CustomOriginConfig": {
                "OriginProtocolPolicy": "https-only"
              },
              "Id": "app"
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_access_logging", type: "aws.cloudfront.distribution",
    failing: json(#"{"DistributionConfig": {"Logging": {"Enabled": "false"}}}"#),
    passing: json(
      #"""
      {
        "DistributionConfig": {
          "Logging": {
            "Bucket": "logs.s3.amazonaws.com",
            "Enabled": "true"
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_waf", type: "aws.cloudfront.distribution",
    failing: json(#"{"WebACLId": ""}"#),
    passing: json(
      #"""
      {
        "WebACLId": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_default_root_object", type: "aws.cloudfront.distribution",
    failing: json(#"{"DistributionConfig": {"DefaultRootObject": ""}}"#),
    passing: json(#"{"DistributionConfig": {"DefaultRootObject": "index.html"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_modern_tls", type: "aws.cloudfront.distribution",
    failing: json(#"{"ViewerCertificate": {"MinimumProtocolVersion": "TLSv1"}}"#),
    passing: json(
      #"""
      {
        "ViewerCertificate": {
          "MinimumProtocolVersion": "TLSv1.2_2021"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.opensearch.domain_encryption_at_rest", type: "aws.opensearch.domain",
    failing: json(#"{"EncryptionAtRestOptions": {"Enabled": false}}"#),
    passing: json(#"{"EncryptionAtRestOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_node_to_node_encryption", type: "aws.opensearch.domain",
    failing: json(#"{"NodeToNodeEncryptionOptions": {"Enabled": false}}"#),
    passing: json(#"{"NodeToNodeEncryptionOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_enforce_https", type: "aws.opensearch.domain",
    failing: json(#"{"DomainEndpointOptions": {"EnforceHTTPS": false}}"#),
    passing: json(#"{"DomainEndpointOptions": {"EnforceHTTPS": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_modern_tls", type: "aws.opensearch.domain",
    failing: json(
      #"""
      {
        "DomainEndpointOptions": {
          "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "DomainEndpointOptions": {
          "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_in_vpc", type: "aws.opensearch.domain",
    failing: json(#"{"DomainName": "search"}"#),
    passing: json(
      #"""
      {
        "VPCOptions": {
          "SubnetIds": [
            "subnet-1"
          ],
          "VPCId": "vpc-1"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_audit_logging", type: "aws.opensearch.domain",
    failing: json(#"{"LogPublishingOptions": {}}"#),
    passing: json(
      #"""
      {
        "LogPublishingOptions": {
          "AUDIT_LOGS": {
            "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit",
            "Enabled": true
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_fine_grained_access", type: "aws.opensearch.domain",
    failing: json(#"{"AdvancedSecurityOptions": {"Enabled": false}}"#),
    passing: json(#"{"AdvancedSecurityOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
]

/// Exact messages of `libraryRuleCases`.
let libraryMessages: [String: (fail: String, pass: String)] = [
  "aws.cloudwatch.monitor_unauthorized_api_calls": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "unauthorized API calls.",
    pass: "Account 111122223333 alarms on unauthorized API calls through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_console_signin_without_mfa": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "console sign-in without MFA.",
    pass: "Account 111122223333 alarms on console sign-in without MFA through a subscribed SNS "
      + "topic."
  ),
  "aws.cloudwatch.monitor_root_account_usage": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "use of the root user.",
    pass: "Account 111122223333 alarms on use of the root user through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_iam_policy_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "IAM policy changes.",
    pass: "Account 111122223333 alarms on IAM policy changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_cloudtrail_config_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "CloudTrail configuration changes.",
    pass: "Account 111122223333 alarms on CloudTrail configuration changes through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_console_authentication_failures": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "console authentication failures.",
    pass: "Account 111122223333 alarms on console authentication failures through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_kms_key_disable_or_deletion": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "disabling or scheduled deletion of customer managed keys.",
    pass: "Account 111122223333 alarms on disabling or scheduled deletion of customer managed "
      + "keys through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_s3_bucket_policy_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "S3 bucket policy changes.",
    pass: "Account 111122223333 alarms on S3 bucket policy changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_config_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "AWS Config configuration changes.",
    pass: "Account 111122223333 alarms on AWS Config configuration changes through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_security_group_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "security group changes.",
    pass: "Account 111122223333 alarms on security group changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_nacl_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "network ACL changes.",
    pass: "Account 111122223333 alarms on network ACL changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_network_gateway_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "network gateway changes.",
    pass: "Account 111122223333 alarms on network gateway changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_route_table_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "route table changes.",
    pass: "Account 111122223333 alarms on route table changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_vpc_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "VPC changes.",
    pass: "Account 111122223333 alarms on VPC changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_organizations_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "AWS Organizations changes.",
    pass: "Account 111122223333 alarms on AWS Organizations changes through a subscribed SNS "
      + "topic."
  ),
  "aws.iam.password_policy_requires_uppercase": (
    fail: "Account 111122223333 passwords need not contain an uppercase letter.",
    pass: "Account 111122223333 passwords must contain an uppercase letter."
  ),
  "aws.iam.password_policy_requires_lowercase": (
    fail: "Account 111122223333 passwords need not contain a lowercase letter.",
    pass: "Account 111122223333 passwords must contain a lowercase letter."
  ),
  "aws.iam.password_policy_requires_symbols": (
    fail: "Account 111122223333 passwords need not contain a symbol.",
    pass: "Account 111122223333 passwords must contain a symbol."
  ),
  "aws.iam.password_policy_requires_numbers": (
    fail: "Account 111122223333 passwords need not contain a number.",
    pass: "Account 111122223333 passwords must contain a number."
  ),
  "aws.iam.password_policy_max_age_90": (
    fail: "Account 111122223333 passwords do not expire within 90 days (MaxPasswordAge 365).",
    pass: "Account 111122223333 passwords expire after 90 days."
  ),
  "aws.iam.support_role_exists": (
    fail: "Account 111122223333 has no role with AWSSupportAccess attached.",
    pass: "Account 111122223333 has a role with AWSSupportAccess."
  ),
  "aws.iam.server_certificate_not_expired": (
    fail: "Server certificate web expired on 2024-01-01T00:00:00Z.",
    pass: "Server certificate web expires on 2026-01-01T00:00:00Z."
  ),
  "aws.iam.cloudshell_full_access_restricted": (
    fail: "Policy AWSCloudShellFullAccess is attached 2 time(s).",
    pass: "Policy AWSCloudShellFullAccess is not attached to anyone."
  ),
  "aws.iam.root_not_used_recently": (
    fail:
      "Account 111122223333 root user was used within 90 days (password last used 2024-12-20T00:00:00Z).",
    pass: "Account 111122223333 root user was last used on 2024-05-01T00:00:00Z."
  ),
  "aws.securityhub.enabled_in_region": (
    fail: "Region us-east-1 does not have Security Hub enabled.",
    pass: "Region us-east-1 has Security Hub enabled."
  ),
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
  "aws.ec2.security_group_no_public_ftp": (
    fail: "Security group r1 opens FTP (20, 21) to the internet.",
    pass: "Security group r1 does not open FTP to the internet."
  ),
  "aws.ec2.security_group_no_public_telnet": (
    fail: "Security group r1 opens Telnet (23) to the internet.",
    pass: "Security group r1 does not open Telnet to the internet."
  ),
  "aws.ec2.security_group_no_public_smtp": (
    fail: "Security group r1 opens SMTP (25) to the internet.",
    pass: "Security group r1 does not open SMTP to the internet."
  ),
  "aws.ec2.security_group_no_public_mysql": (
    fail: "Security group r1 opens MySQL (3306) to the internet.",
    pass: "Security group r1 does not open MySQL to the internet."
  ),
  "aws.ec2.security_group_no_public_postgresql": (
    fail: "Security group r1 opens PostgreSQL (5432) to the internet.",
    pass: "Security group r1 does not open PostgreSQL to the internet."
  ),
  "aws.ec2.security_group_no_public_mssql": (
    fail: "Security group r1 opens SQL Server (1433, 1434) to the internet.",
    pass: "Security group r1 does not open SQL Server to the internet."
  ),
  "aws.ec2.security_group_no_public_oracle": (
    fail: "Security group r1 opens Oracle (1521, 2483, 2484) to the internet.",
    pass: "Security group r1 does not open Oracle to the internet."
  ),
  "aws.ec2.security_group_no_public_mongodb": (
    fail: "Security group r1 opens MongoDB (27017, 27018) to the internet.",
    pass: "Security group r1 does not open MongoDB to the internet."
  ),
  "aws.ec2.security_group_no_public_redis": (
    fail: "Security group r1 opens Redis (6379) to the internet.",
    pass: "Security group r1 does not open Redis to the internet."
  ),
  "aws.ec2.security_group_no_public_elasticsearch": (
    fail: "Security group r1 opens Elasticsearch (9200, 9300) to the internet.",
    pass: "Security group r1 does not open Elasticsearch to the internet."
  ),
  "aws.ec2.security_group_no_public_kafka": (
    fail: "Security group r1 opens Kafka (9092) to the internet.",
    pass: "Security group r1 does not open Kafka to the internet."
  ),
  "aws.ec2.security_group_no_public_memcached": (
    fail: "Security group r1 opens Memcached (11211) to the internet.",
    pass: "Security group r1 does not open Memcached to the internet."
  ),
  "aws.ec2.security_group_no_public_cassandra": (
    fail: "Security group r1 opens Cassandra (7199, 9160, 8888) to the internet.",
    pass: "Security group r1 does not open Cassandra to the internet."
  ),
  "aws.ec2.security_group_no_public_kibana": (
    fail: "Security group r1 opens Kibana (5601) to the internet.",
    pass: "Security group r1 does not open Kibana to the internet."
  ),
  "aws.ec2.security_group_no_public_cifs": (
    fail: "Security group r1 opens CIFS/SMB (139, 445) to the internet.",
    pass: "Security group r1 does not open CIFS/SMB to the internet."
  ),
  "aws.ec2.security_group_no_public_all_traffic": (
    fail: "Security group r1 allows all traffic from the internet.",
    pass: "Security group r1 does not allow all traffic from the internet."
  ),
  "aws.ec2.network_acl_no_public_all_traffic": (
    fail: "Network ACL r1 allows all inbound traffic from the internet.",
    pass: "Network ACL r1 does not allow all inbound traffic from the internet."
  ),
  "aws.ec2.instance_no_public_ip": (
    fail: "Instance i-1 has public IP address 203.0.113.10.",
    pass: "Instance i-1 has no public IP address."
  ),
  "aws.ec2.instance_detailed_monitoring": (
    fail: "Instance i-1 monitoring is disabled.",
    pass: "Instance i-1 has detailed monitoring."
  ),
  "aws.ec2.instance_uses_instance_profile": (
    fail: "Instance i-1 has no IAM instance profile.",
    pass: "Instance i-1 uses instance profile arn:aws:iam::111122223333:instance-profile/app."
  ),
  "aws.ec2.instance_metadata_hop_limit": (
    fail: "Instance i-1 metadata hop limit is 3.",
    pass: "Instance i-1 metadata hop limit is 1."
  ),
  "aws.ec2.subnet_no_auto_public_ip": (
    fail: "Subnet subnet-1 assigns public IPs on launch.",
    pass: "Subnet subnet-1 does not assign public IPs on launch."
  ),
  "aws.ec2.volume_in_use": (
    fail: "Volume vol-1 is not attached to any instance.",
    pass: "Volume vol-1 is in-use."
  ),
  "aws.ec2.snapshot_encrypted": (
    fail: "Snapshot snap-1 is not encrypted.",
    pass: "Snapshot snap-1 is encrypted."
  ),
  "aws.kms.key_not_pending_deletion": (
    fail: "Key k1 is scheduled for deletion on 2025-01-10T00:00:00Z.",
    pass: "Key k1 is Enabled."
  ),
  "aws.cloudtrail.trail_logging": (
    fail: "Trail r1 is not logging.",
    pass: "Trail r1 is logging."
  ),
  "aws.cloudtrail.trail_global_service_events": (
    fail: "Trail r1 does not record global service events.",
    pass: "Trail r1 records global service events."
  ),
  "aws.config.recorder_healthy": (
    fail: "Config recorder default is failing: Insufficient delivery policy.",
    pass: "Config recorder default last status is SUCCESS."
  ),
  "aws.logs.log_group_retention_365_days": (
    fail: "Log group app keeps events only 30 days.",
    pass: "Log group app retention is 400 days."
  ),
  "aws.logs.log_group_kms_encrypted": (
    fail: "Log group app is not encrypted with a KMS key.",
    pass: "Log group app is encrypted with arn:aws:kms:us-east-1:111122223333:key/k1."
  ),
  "aws.cloudwatch.alarm_has_action": (
    fail: "Alarm cpu-high has no enabled alarm action.",
    pass: "Alarm cpu-high has alarm actions."
  ),
  "aws.sns.topic_encrypted": (
    fail: "Topic alerts is not encrypted at rest.",
    pass: "Topic alerts is encrypted with alias/aws/sns."
  ),
  "aws.sqs.queue_encrypted": (
    fail: "Queue jobs is not encrypted at rest.",
    pass: "Queue jobs is encrypted at rest."
  ),
  "aws.secretsmanager.secret_rotation_enabled": (
    fail: "Secret db-password has no automatic rotation.",
    pass: "Secret db-password rotates automatically."
  ),
  "aws.secretsmanager.secret_rotated_90_days": (
    fail: "Secret db-password was last rotated on 2024-06-01T00:00:00Z.",
    pass: "Secret db-password was last rotated on 2024-12-15T00:00:00Z."
  ),
  "aws.secretsmanager.secret_customer_managed_key": (
    fail: "Secret db-password uses the AWS managed key.",
    pass: "Secret db-password uses key arn:aws:kms:us-east-1:111122223333:key/k1."
  ),
  "aws.rds.instance_backup_retention_7_days": (
    fail: "DB instance db1 keeps backups only 1 days.",
    pass: "DB instance db1 keeps backups 7 days."
  ),
  "aws.rds.instance_multi_az": (
    fail: "DB instance db1 runs in a single availability zone.",
    pass: "DB instance db1 is Multi-AZ."
  ),
  "aws.rds.instance_auto_minor_version_upgrade": (
    fail: "DB instance db1 does not upgrade minor versions automatically.",
    pass: "DB instance db1 upgrades minor versions automatically."
  ),
  "aws.rds.instance_deletion_protection": (
    fail: "DB instance db1 has no deletion protection.",
    pass: "DB instance db1 has deletion protection."
  ),
  "aws.rds.instance_iam_authentication": (
    fail: "DB instance db1 does not accept IAM authentication.",
    pass: "DB instance db1 accepts IAM authentication."
  ),
  "aws.rds.instance_enhanced_monitoring": (
    fail: "DB instance db1 has no enhanced monitoring.",
    pass: "DB instance db1 reports enhanced monitoring every 60 s."
  ),
  "aws.rds.instance_logs_exported": (
    fail: "DB instance db1 exports no logs to CloudWatch.",
    pass: "DB instance db1 exports logs to CloudWatch."
  ),
  "aws.rds.instance_copy_tags_to_snapshots": (
    fail: "DB instance db1 does not copy tags to snapshots.",
    pass: "DB instance db1 copies tags to snapshots."
  ),
  "aws.rds.snapshot_encrypted": (
    fail: "DB snapshot snap1 is not encrypted.",
    pass: "DB snapshot snap1 is encrypted."
  ),
  "aws.rds.snapshot_not_public": (
    fail: "DB snapshot snap1 can be restored by any AWS account.",
    pass: "DB snapshot snap1 is not public."
  ),
  "aws.rds.cluster_deletion_protection": (
    fail: "DB cluster cluster1 lacks deletion protection.",
    pass: "DB cluster cluster1 has deletion protection."
  ),
  "aws.rds.cluster_multi_az": (
    fail: "DB cluster cluster1 lacks instances in several availability zones.",
    pass: "DB cluster cluster1 has instances in several availability zones."
  ),
  "aws.rds.cluster_storage_encrypted": (
    fail: "DB cluster cluster1 lacks encrypted storage.",
    pass: "DB cluster cluster1 has encrypted storage."
  ),
  "aws.rds.cluster_iam_authentication": (
    fail: "DB cluster cluster1 lacks IAM database authentication.",
    pass: "DB cluster cluster1 has IAM database authentication."
  ),
  "aws.rds.cluster_copy_tags_to_snapshots": (
    fail: "DB cluster cluster1 lacks tags copied to snapshots.",
    pass: "DB cluster cluster1 has tags copied to snapshots."
  ),
  "aws.rds.cluster_auto_minor_version_upgrade": (
    fail: "DB cluster cluster1 lacks automatic minor version upgrades.",
    pass: "DB cluster cluster1 has automatic minor version upgrades."
  ),
  "aws.rds.cluster_backup_retention_7_days": (
    fail: "DB cluster cluster1 keeps backups only 1 days.",
    pass: "DB cluster cluster1 keeps backups 7 days."
  ),
  "aws.lambda.function_runtime_supported": (
    fail: "Function fn runs on deprecated runtime python3.7.",
    pass: "Function fn runs on python3.12."
  ),
  "aws.lambda.function_in_vpc": (
    fail: "Function fn does not run in a VPC.",
    pass: "Function fn runs in VPC subnets [\"subnet-1\"]."
  ),
  "aws.lambda.function_tracing_enabled": (
    fail: "Function fn tracing mode is PassThrough.",
    pass: "Function fn has active tracing."
  ),
  "aws.guardduty.detector_s3_protection": (
    fail: "Detector det1 S3 protection is DISABLED.",
    pass: "Detector det1 analyses S3 data events."
  ),
  "aws.elbv2.load_balancer_deletion_protection": (
    fail: "Load balancer web has no deletion protection.",
    pass: "Load balancer web has deletion protection."
  ),
  "aws.elbv2.load_balancer_access_logging": (
    fail: "Load balancer web writes no access logs.",
    pass: "Load balancer web writes access logs."
  ),
  "aws.elbv2.load_balancer_drops_invalid_headers": (
    fail: "Load balancer web forwards invalid headers.",
    pass: "Load balancer web drops invalid headers."
  ),
  "aws.elbv2.load_balancer_desync_mitigation": (
    fail: "Load balancer web desync mitigation mode is monitor or unset.",
    pass: "Load balancer web desync mitigation is on."
  ),
  "aws.elbv2.load_balancer_encrypted_listeners": (
    fail: "Load balancer web has a listener without TLS.",
    pass: "Load balancer web listens only with TLS."
  ),
  "aws.elbv2.load_balancer_modern_tls_policy": (
    fail: "Load balancer web has a TLS listener with an old policy.",
    pass: "Load balancer web TLS listeners use modern policies."
  ),
  "aws.elb.load_balancer_encrypted_listeners": (
    fail: "Classic load balancer legacy has a listener without TLS.",
    pass: "Classic load balancer legacy listens only with TLS."
  ),
  "aws.elb.load_balancer_access_logging": (
    fail: "Classic load balancer legacy does not write access logs.",
    pass: "Classic load balancer legacy writes access logs."
  ),
  "aws.elb.load_balancer_connection_draining": (
    fail: "Classic load balancer legacy does not drain connections.",
    pass: "Classic load balancer legacy drains connections."
  ),
  "aws.elb.load_balancer_cross_zone": (
    fail: "Classic load balancer legacy does not balance across zones.",
    pass: "Classic load balancer legacy balances across zones."
  ),
  "aws.ecr.repository_scan_on_push": (
    fail: "Repository app does not scan images on push.",
    pass: "Repository app scans images on push."
  ),
  "aws.ecr.repository_tags_immutable": (
    fail: "Repository app tags are MUTABLE.",
    pass: "Repository app tags are immutable."
  ),
  "aws.ecr.repository_kms_encryption": (
    fail: "Repository app encryption is AES256.",
    pass: "Repository app is encrypted with KMS."
  ),
  "aws.eks.cluster_endpoint_not_open_to_internet": (
    fail: "Cluster prod API endpoint is open to the internet.",
    pass: "Cluster prod API endpoint is not open to the internet."
  ),
  "aws.eks.cluster_control_plane_logging": (
    fail: "Cluster prod does not log every control plane type.",
    pass: "Cluster prod logs every control plane type."
  ),
  "aws.eks.cluster_secrets_encrypted": (
    fail: "Cluster prod does not encrypt secrets with KMS.",
    pass: "Cluster prod encrypts secrets with KMS."
  ),
  "aws.dynamodb.table_point_in_time_recovery": (
    fail: "Table orders has no point-in-time recovery.",
    pass: "Table orders has point-in-time recovery."
  ),
  "aws.dynamodb.table_kms_encryption": (
    fail: "Table orders uses the AWS owned key.",
    pass: "Table orders is encrypted with KMS."
  ),
  "aws.dynamodb.table_deletion_protection": (
    fail: "Table orders has no deletion protection.",
    pass: "Table orders has deletion protection."
  ),
  "aws.apigateway.stage_execution_logging": (
    fail: "API shop has a stage without execution logging.",
    pass: "API shop logs execution on every stage."
  ),
  "aws.apigateway.stage_xray_tracing": (
    fail: "API shop has a stage without X-Ray tracing.",
    pass: "API shop traces every stage."
  ),
  "aws.apigateway.stage_waf": (
    fail: "API shop has a stage without a web ACL.",
    pass: "API shop has a web ACL on every stage."
  ),
  "aws.apigateway.stage_client_certificate": (
    fail: "API shop has a stage without a client certificate.",
    pass: "API shop stages present a client certificate."
  ),
  "aws.apigateway.stage_access_logging": (
    fail: "API shop has a stage without access logs.",
    pass: "API shop writes access logs on every stage."
  ),
  "aws.apigateway.stage_cache_encrypted": (
    fail: "API shop has a stage caching data unencrypted.",
    pass: "API shop caches are encrypted."
  ),
  "aws.cloudfront.distribution_viewer_https": (
    fail: "Distribution E1 allows HTTP from viewers.",
    pass: "Distribution E1 requires HTTPS from viewers."
  ),
  "aws.cloudfront.distribution_origin_https": (
    fail: "Distribution E1 reaches a custom origin without HTTPS.",
    pass: "Distribution E1 reaches its origins over HTTPS."
  ),
  "aws.cloudfront.distribution_access_logging": (
    fail: "Distribution E1 writes no access logs.",
    pass: "Distribution E1 writes access logs."
  ),
  "aws.cloudfront.distribution_waf": (
    fail: "Distribution E1 has no web ACL.",
    pass: "Distribution E1 has web ACL arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1."
  ),
  "aws.cloudfront.distribution_default_root_object": (
    fail: "Distribution E1 has no default root object.",
    pass: "Distribution E1 serves index.html at the root."
  ),
  "aws.cloudfront.distribution_modern_tls": (
    fail: "Distribution E1 accepts TLSv1.",
    pass: "Distribution E1 requires TLSv1.2_2021."
  ),
  "aws.opensearch.domain_encryption_at_rest": (
    fail: "Domain search does not encrypt data at rest.",
    pass: "Domain search encrypts data at rest."
  ),
  "aws.opensearch.domain_node_to_node_encryption": (
    fail: "Domain search does not encrypt node-to-node traffic.",
    pass: "Domain search encrypts node-to-node traffic."
  ),
  "aws.opensearch.domain_enforce_https": (
    fail: "Domain search accepts HTTP.",
    pass: "Domain search requires HTTPS."
  ),
  "aws.opensearch.domain_modern_tls": (
    fail: "Domain search uses Policy-Min-TLS-1-0-2019-07.",
    pass: "Domain search uses Policy-Min-TLS-1-2-2019-07."
  ),
  "aws.opensearch.domain_in_vpc": (
    fail: "Domain search does not run in a VPC.",
    pass: "Domain search runs in VPC subnets [\"subnet-1\"]."
  ),
  "aws.opensearch.domain_audit_logging": (
    fail: "Domain search does not publish audit logs.",
    pass: "Domain search publishes audit logs."
  ),
  "aws.opensearch.domain_fine_grained_access": (
    fail: "Domain search has no fine-grained access control.",
    pass: "Domain search has fine-grained access control."
  ),
]
