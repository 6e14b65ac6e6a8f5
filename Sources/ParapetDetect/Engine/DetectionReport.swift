import ParapetCore

/// What a detection run produced.
public struct DetectionReport: Sendable {
  /// One finding per incident (status fail), oldest first.
  public var findings: [Finding]
  /// Input that could not be read, in reading order (at most 1,000 kept).
  public var problems: [InputProblem]
  /// Problems beyond the kept ones, counted only.
  public var droppedProblems: Int
  /// Volumes read.
  public var statistics: DetectionStatistics
}

/// Volumes of one detection run, for logs and benchmarks.
public struct DetectionStatistics: Sendable, Hashable {
  /// Files (or labelled byte buffers) read.
  public var files = 0
  /// Uncompressed bytes parsed.
  public var bytes = 0
  /// CloudTrail events evaluated.
  public var events = 0
  /// Identities seen after the baseline table was full, so not checked for new regions
  /// or networks (distinct, counted up to `DetectionOptions.maxTrackedIdentities`).
  public var untrackedIdentities = 0

  /// Empty statistics.
  public init() {}
}
