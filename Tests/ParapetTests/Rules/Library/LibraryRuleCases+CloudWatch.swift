import ParapetCore

/// Failing and passing CloudWatch resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let cloudwatchLibraryCases: [BuiltinRuleCase] = [
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
              "filterPattern": "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode =\#
         \"AccessDenied*\") }",
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
              "filterPattern": "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode =\#
         \"AccessDenied*\") }",
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
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") ||\#
         ($.additionalEventData.MFAUsed != \"Yes\") }",
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
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") ||\#
         ($.additionalEventData.MFAUsed != \"Yes\") }",
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
              "filterPattern": "{ ($.userIdentity.type = \"Root\") || ($.userIdentity.invokedBy\#
         NOT EXISTS) || ($.eventType != \"AwsServiceEvent\") }",
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
              "filterPattern": "{ ($.userIdentity.type = \"Root\") || ($.userIdentity.invokedBy\#
         NOT EXISTS) || ($.eventType != \"AwsServiceEvent\") }",
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
              "filterPattern": "{ ($.eventName = DeleteGroupPolicy) || ($.eventName =\#
         DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy)\#
         || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName =\#
         CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) ||\#
         ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName =\#
         DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy)\#
         || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
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
              "filterPattern": "{ ($.eventName = DeleteGroupPolicy) || ($.eventName =\#
         DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy)\#
         || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName =\#
         CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) ||\#
         ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName =\#
         DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy)\#
         || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }",
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
              "filterPattern": "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) ||\#
         ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName =\#
         StopLogging) }",
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
              "filterPattern": "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) ||\#
         ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName =\#
         StopLogging) }",
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
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.errorMessage = \"\"Failed\#
         authentication\"\") }",
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
              "filterPattern": "{ ($.eventName = \"ConsoleLogin\") || ($.errorMessage = \"\"Failed\#
         authentication\"\") }",
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
              "filterPattern": "{ ($.eventSource = \"kms.amazonaws.com\") || ($.eventName =\#
         DisableKey) || ($.eventName = ScheduleKeyDeletion) }",
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
              "filterPattern": "{ ($.eventSource = \"kms.amazonaws.com\") || ($.eventName =\#
         DisableKey) || ($.eventName = ScheduleKeyDeletion) }",
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
              "filterPattern": "{ ($.eventSource = \"s3.amazonaws.com\") || ($.eventName =\#
         PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) ||\#
         ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) ||\#
         ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName =\#
         DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication) }",
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
              "filterPattern": "{ ($.eventSource = \"s3.amazonaws.com\") || ($.eventName =\#
         PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) ||\#
         ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) ||\#
         ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName =\#
         DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication) }",
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
              "filterPattern": "{ ($.eventSource = \"config.amazonaws.com\") || ($.eventName =\#
         StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName =\#
         PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder) }",
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
              "filterPattern": "{ ($.eventSource = \"config.amazonaws.com\") || ($.eventName =\#
         StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName =\#
         PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder) }",
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
              "filterPattern": "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName =\#
         AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) ||\#
         ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) ||\#
         ($.eventName = DeleteSecurityGroup) }",
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
              "filterPattern": "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName =\#
         AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) ||\#
         ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) ||\#
         ($.eventName = DeleteSecurityGroup) }",
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
              "filterPattern": "{ ($.eventName = CreateNetworkAcl) || ($.eventName =\#
         CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName =\#
         DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName =\#
         ReplaceNetworkAclAssociation) }",
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
              "filterPattern": "{ ($.eventName = CreateNetworkAcl) || ($.eventName =\#
         CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName =\#
         DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName =\#
         ReplaceNetworkAclAssociation) }",
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
              "filterPattern": "{ ($.eventName = CreateCustomerGateway) || ($.eventName =\#
         DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName =\#
         CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName =\#
         DetachInternetGateway) }",
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
              "filterPattern": "{ ($.eventName = CreateCustomerGateway) || ($.eventName =\#
         DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName =\#
         CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName =\#
         DetachInternetGateway) }",
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
              "filterPattern": "{ ($.eventSource = \"ec2.amazonaws.com\") || ($.eventName =\#
         CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) ||\#
         ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) ||\#
         ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
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
              "filterPattern": "{ ($.eventSource = \"ec2.amazonaws.com\") || ($.eventName =\#
         CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) ||\#
         ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) ||\#
         ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
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
              "filterPattern": "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) ||\#
         ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) ||\#
         ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection)\#
         || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) ||\#
         ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) ||\#
         ($.eventName = EnableVpcClassicLink) }",
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
              "filterPattern": "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) ||\#
         ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) ||\#
         ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection)\#
         || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) ||\#
         ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) ||\#
         ($.eventName = EnableVpcClassicLink) }",
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
              "filterPattern": "{ ($.eventSource = \"organizations.amazonaws.com\") ||\#
         ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName =\#
         CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName =\#
         CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization)\#
         || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) ||\#
         ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName =\#
         EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName =\#
         LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName =\#
         RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName =\#
         UpdateOrganizationalUnit) }",
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
              "filterPattern": "{ ($.eventSource = \"organizations.amazonaws.com\") ||\#
         ($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName =\#
         CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName =\#
         CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization)\#
         || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) ||\#
         ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName =\#
         EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName =\#
         LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName =\#
         RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName =\#
         UpdateOrganizationalUnit) }",
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
]

/// Exact messages of `cloudwatchLibraryCases`.
let cloudwatchLibraryMessages: [String: (fail: String, pass: String)] = [
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
  "aws.cloudwatch.alarm_has_action": (
    fail: "Alarm cpu-high has no enabled alarm action.",
    pass: "Alarm cpu-high has alarm actions."
  ),
]
