import ParapetCore

/// Everything that happens to one record after it is split out: shape check, built-in
/// detections, Sigma rules, grouping. Separate from the reading code so that the record
/// splitter can hand records over without knowing about detections.
struct DetectionPipeline: EventConsumer {
  static let maxProblems = 1000

  var builtins: BuiltinDetector?
  var sigma: SigmaEvaluator
  var grouper: AlertGrouper
  var problems: [InputProblem] = []
  var droppedProblems = 0
  var statistics = DetectionStatistics()
  private var watermark: Int64 = .min
  private var sinceSweep = 0
  private let since: Int64
  private let until: Int64

  init(builtins: Bool, sigma: SigmaEvaluator, options: DetectionOptions) {
    since = options.since ?? .min
    until = options.until ?? .max
    self.builtins = builtins ? BuiltinDetector(options: options) : nil
    self.sigma = sigma
    grouper = AlertGrouper(options: options)
  }

  mutating func consume(_ event: inout EventView, source: String) {
    guard let name = event.text(.eventName), let timeText = event.text(.eventTime),
      let time = EventTime.seconds(timeText)
    else {
      report(
        InputProblem(
          source: source, record: event.record,
          message: "record has no eventName or no valid eventTime; not a CloudTrail event, "
            + "skipped"))
      return
    }
    guard time >= since, time < until else { return }
    statistics.events += 1
    if time > watermark { watermark = time }

    builtins?.inspect(&event, name: name, time: time, source: source, into: &grouper)
    sigma.evaluate(&event, name: name, time: time, source: source, into: &grouper)

    sinceSweep += 1
    if sinceSweep >= 4096 {
      sinceSweep = 0
      grouper.closeIdle(before: watermark)
    }
  }

  mutating func report(_ problem: InputProblem) {
    guard problems.count < Self.maxProblems else {
      droppedProblems += 1
      return
    }
    problems.append(problem)
  }
}
