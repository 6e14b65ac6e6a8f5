import ParapetAWS
import ParapetCore

/// Reads AWS Config recorders with their recording status.
public struct ConfigCollector: Collector {
  /// `config`.
  public let service = "config"
  /// Configuration recorders.
  public let resourceTypes = ["aws.config.recorder"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A Config collector.
  public init() {}

  /// Collects the recorders of `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    func site(_ operation: String, property: String? = nil) -> CallSite {
      CallSite(
        service: "config", region: region, operation: operation,
        resourceTypes: resourceTypes, property: property)
    }

    let recorders = await fetch(site("DescribeConfigurationRecorders")) {
      try await client.json(
        .config, region: region, action: "DescribeConfigurationRecorders", body: [:]
      )["ConfigurationRecorders"]?.arrayValue ?? []
    }
    guard let items = output.keep(recorders) else { return output }
    let statuses = await fetch(site("DescribeConfigurationRecorderStatus", property: "Status")) {
      try await client.json(
        .config, region: region, action: "DescribeConfigurationRecorderStatus", body: [:]
      )["ConfigurationRecordersStatus"]?.arrayValue ?? []
    }
    if case .failed(let failure) = statuses { output.failures.append(failure) }

    for item in items {
      let name = item["name"]?.stringValue ?? "default"
      var properties = item
      if let statuses = statuses.value {
        let status = statuses.first { $0["name"]?.stringValue == name }
        properties = properties.setting("Status", to: status ?? .null)
      }
      output.resources.append(
        Resource(
          id: context.arn("config", region: region, "config-recorder/\(name)"),
          type: "aws.config.recorder", account: context.account, region: region, name: name,
          properties: properties))
    }
    return output
  }
}

/// Reads CloudWatch Logs log groups with their metric filters (one paginated call for all
/// filters of the region, joined by group name).
public struct LogsCollector: Collector {
  /// `logs`.
  public let service = "logs"
  /// Log groups.
  public let resourceTypes = ["aws.logs.log_group"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A CloudWatch Logs collector.
  public init() {}

  /// Collects log groups in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    func site(_ operation: String, property: String? = nil) -> CallSite {
      CallSite(
        service: "logs", region: region, operation: operation, resourceTypes: resourceTypes,
        property: property)
    }

    let groups = await fetch(site("DescribeLogGroups")) {
      try await client.paginateJSON(
        .logs, region: region, action: "DescribeLogGroups", tokenKey: "nextToken",
        resultPath: "logGroups")
    }
    guard let items = output.keep(groups) else { return output }
    let filters = await fetch(site("DescribeMetricFilters", property: "MetricFilters")) {
      try await client.paginateJSON(
        .logs, region: region, action: "DescribeMetricFilters", tokenKey: "nextToken",
        resultPath: "metricFilters")
    }
    if case .failed(let failure) = filters { output.failures.append(failure) }
    var byGroup: [String: [JSONValue]] = [:]
    for filter in filters.value ?? [] {
      if let group = filter["logGroupName"]?.stringValue {
        byGroup[group, default: []].append(filter)
      }
    }

    for item in items {
      let name = item["logGroupName"]?.stringValue ?? ""
      var properties = item
      if filters.value != nil {
        properties = properties.setting("MetricFilters", to: .array(byGroup[name] ?? []))
      }
      let arn =
        (item["arn"]?.stringValue ?? context.arn("logs", region: region, "log-group:\(name)"))
      output.resources.append(
        Resource(
          id: arn.hasSuffix(":*") ? String(arn.dropLast(2)) : arn, type: "aws.logs.log_group",
          account: context.account, region: region, name: name, properties: properties))
    }
    return output
  }
}

/// Reads CloudWatch metric alarms.
public struct CloudWatchCollector: Collector {
  /// `cloudwatch`.
  public let service = "cloudwatch"
  /// Metric alarms.
  public let resourceTypes = ["aws.cloudwatch.alarm"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A CloudWatch collector.
  public init() {}

  /// Collects the alarms of `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let site = CallSite(
      service: "cloudwatch", region: region, operation: "DescribeAlarms",
      resourceTypes: resourceTypes)
    let alarms = await fetch(site) {
      try await context.client.paginateQuery(
        .monitoring, region: region, action: "DescribeAlarms", tokenKey: "NextToken",
        resultPath: "MetricAlarms")
    }
    switch alarms {
    case .found(let items):
      output.resources = items.map { item in
        let name = item["AlarmName"]?.stringValue ?? ""
        return Resource(
          id: item["AlarmArn"]?.stringValue
            ?? context.arn("cloudwatch", region: region, "alarm:\(name)"),
          type: "aws.cloudwatch.alarm", account: context.account, region: region, name: name,
          properties: item)
      }
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }
    return output
  }
}

/// Reads SNS topics with their attributes (policy decoded) and subscriptions (one paginated
/// ListSubscriptions joined by topic).
public struct SNSCollector: Collector {
  /// `sns`.
  public let service = "sns"
  /// Topics.
  public let resourceTypes = ["aws.sns.topic"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An SNS collector.
  public init() {}

  /// Collects the topics of `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(
      _ operation: String, id: String? = nil, property: String? = nil
    ) -> CallSite {
      CallSite(
        service: "sns", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: id, property: property)
    }

    let topics = await fetch(site("ListTopics")) {
      try await client.paginateQuery(
        .sns, region: region, action: "ListTopics", tokenKey: "NextToken",
        resultPath: "Topics")
    }
    guard let items = output.keep(topics) else { return output }
    let subscriptions = await fetch(site("ListSubscriptions", property: "Subscriptions")) {
      try await client.paginateQuery(
        .sns, region: region, action: "ListSubscriptions", tokenKey: "NextToken",
        resultPath: "Subscriptions")
    }
    if case .failed(let failure) = subscriptions { output.failures.append(failure) }
    let byTopic = Dictionary(grouping: subscriptions.value ?? []) {
      $0["TopicArn"]?.stringValue ?? ""
    }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let arn = item["TopicArn"]?.stringValue ?? ""
      var topic = Enrichment(item)
      await topic.fill("Attributes", site("GetTopicAttributes", id: arn)) {
        let answer = try await client.query(
          .sns, region: region, action: "GetTopicAttributes", parameters: ["TopicArn": arn])
        return Self.attributes(answer["Attributes"])
      }
      if subscriptions.value != nil {
        topic.properties = topic.properties.setting(
          "Subscriptions", to: .array(byTopic[arn] ?? []))
      }
      let name = String(arn.split(separator: ":").last ?? "")
      let resource = Resource(
        id: arn, type: "aws.sns.topic", account: context.account, region: region, name: name,
        properties: topic.properties)
      return (resource, topic.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// SNS attributes arrive as `entry` elements with `key` and `value`; policies are decoded.
  static func attributes(_ node: JSONValue?) -> JSONValue {
    var map: [String: JSONValue] = [:]
    for entry in Shapes.list(node, member: "entry") {
      guard let key = entry["key"]?.stringValue else { continue }
      let value = entry["value"] ?? .null
      map[key] = key.hasSuffix("Policy") ? (Shapes.policyDocument(value) ?? value) : value
    }
    return .object(map)
  }
}
