import Foundation
import ParapetCore

/// Formats instants in UTC for reports and directory names, never in the user's locale or
/// time zone.
public enum UTCTimestamp {
  /// ISO 8601 to the second, such as `2024-05-01T12:30:05Z`; fractions are dropped.
  public static func iso8601(_ date: Date) -> String {
    UTCDateTime(date).iso8601
  }

  /// The compact form used in directory names, such as `20240501T123005Z`.
  public static func compact(_ date: Date) -> String {
    UTCDateTime(date).compact
  }
}
