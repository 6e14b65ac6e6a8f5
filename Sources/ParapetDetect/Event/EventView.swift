import ParapetCore

/// One CloudTrail record seen in place inside the input buffer. Indexing walks the
/// record's top-level keys once, remembering where the catalog's keys start; fields are
/// decoded only when a detection asks, and cached until the next record. One instance is
/// reused for every record so that the hot path does not allocate.
struct EventView {
  private(set) var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private(set) var start = 0
  private(set) var end = 0
  /// 1-based position of the record in its file.
  private(set) var record = 0
  let catalog: FieldCatalog
  private var generation: UInt32 = 0
  private var topStart: [Int]
  private var topEnd: [Int]
  private var topGeneration: [UInt32]
  private var cached: [FieldValue]
  private var cacheGeneration: [UInt32]

  init(catalog: FieldCatalog) {
    self.catalog = catalog
    topStart = Array(repeating: 0, count: catalog.topNames.count)
    topEnd = topStart
    topGeneration = Array(repeating: 0, count: catalog.topNames.count)
    cached = Array(repeating: .missing, count: catalog.paths.count)
    cacheGeneration = Array(repeating: 0, count: catalog.paths.count)
  }

  /// Indexes the object starting at `offset`; returns the offset after it, or
  /// `JSONBytes.incomplete` / `JSONBytes.invalid`.
  mutating func index(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, record: Int) -> Int {
    bytes = buffer
    start = offset
    self.record = record
    generation &+= 1
    if generation == 0 {
      generation = 1
      for slot in topGeneration.indices { topGeneration[slot] = 0 }
      for id in cacheGeneration.indices { cacheGeneration[id] = 0 }
    }
    var index = offset + 1
    while true {
      index = JSONBytes.skipSpace(buffer, index)
      guard index < buffer.count else { return JSONBytes.incomplete }
      let byte = buffer[index]
      if byte == 0x7d {
        end = index + 1
        return end
      }
      if byte == 0x2c {
        index += 1
        continue
      }
      guard byte == 0x22 else { return JSONBytes.invalid }
      let keyEnd = JSONBytes.skipString(buffer, index)
      guard keyEnd > 0 else { return keyEnd }
      let slot = topSlot(buffer, keyStart: index + 1, keyEnd: keyEnd - 1)
      index = JSONBytes.skipSpace(buffer, keyEnd)
      guard index < buffer.count else { return JSONBytes.incomplete }
      guard buffer[index] == 0x3a else { return JSONBytes.invalid }
      let valueStart = JSONBytes.skipSpace(buffer, index + 1)
      let valueEnd = JSONBytes.skipValue(buffer, valueStart)
      guard valueEnd > 0 else { return valueEnd }
      if slot >= 0 {
        topStart[slot] = valueStart
        topEnd[slot] = valueEnd
        topGeneration[slot] = generation
      }
      index = valueEnd
    }
  }

  @inline(__always)
  private func topSlot(_ buffer: UnsafeBufferPointer<UInt8>, keyStart: Int, keyEnd: Int) -> Int {
    let length = keyEnd - keyStart
    guard length <= FieldCatalog.maxKeyLength else { return -1 }
    let count = catalog.slotCounts[length]
    let base = length * FieldCatalog.slotsPerLength
    for position in base..<(base + count) {
      let slot = catalog.slotTable[position]
      let offset = catalog.nameOffsets[slot]
      var same = true
      for index in 0..<length where buffer[keyStart + index] != catalog.nameBytes[offset + index] {
        same = false
        break
      }
      if same { return slot }
    }
    return -1
  }

  /// The whole record's JSON text.
  var rawText: String { String(decoding: bytes[start..<end], as: UTF8.self) }

  /// The value of field `id`, decoded once per record.
  mutating func value(_ id: Int) -> FieldValue {
    if cacheGeneration[id] == generation { return cached[id] }
    let found = lookup(id)
    cached[id] = found
    cacheGeneration[id] = generation
    return found
  }

  /// The value of a standard field.
  mutating func value(_ field: StandardField) -> FieldValue { value(field.rawValue) }

  /// The text of a standard field when it is a scalar.
  mutating func text(_ field: StandardField) -> String? { value(field.rawValue).scalarText }

  /// The subtree at field `id` as a JSON tree (for policies and evidence).
  func json(_ field: StandardField) -> JSONValue? {
    guard let (valueStart, valueEnd) = locate(field.rawValue) else { return nil }
    return JSONBytes.materialize(bytes, valueStart, valueEnd)
  }

  private func locate(_ id: Int) -> (Int, Int)? {
    let slot = catalog.topSlots[id]
    guard topGeneration[slot] == generation else { return nil }
    var range = (topStart[slot], topEnd[slot])
    for key in catalog.tails[id] {
      guard let next = member(key, in: range) else { return nil }
      range = next
    }
    return range
  }

  private func lookup(_ id: Int) -> FieldValue {
    let slot = catalog.topSlots[id]
    guard topGeneration[slot] == generation else { return .missing }
    var range = (topStart[slot], topEnd[slot])
    for key in catalog.tails[id] {
      if bytes[range.0] == 0x5b { return lookupThroughArrays(id) }
      guard let next = member(key, in: range) else { return .missing }
      range = next
    }
    return decode(range)
  }

  private func lookupThroughArrays(_ id: Int) -> FieldValue {
    let slot = catalog.topSlots[id]
    var found: [(Int, Int)] = []
    var crossedArray = false
    collect(
      catalog.tails[id][...], in: (topStart[slot], topEnd[slot]), into: &found,
      crossedArray: &crossedArray)
    guard !crossedArray else {
      return found.isEmpty ? .missing : .list(found.flatMap { decode($0).texts })
    }
    guard let only = found.first else { return .missing }
    return decode(only)
  }

  private func collect(
    _ keys: ArraySlice<[UInt8]>, in range: (Int, Int), into found: inout [(Int, Int)],
    crossedArray: inout Bool
  ) {
    guard let key = keys.first else {
      found.append(range)
      return
    }
    if bytes[range.0] == 0x5b {
      crossedArray = true
      for element in elements(of: range) {
        collect(keys, in: element, into: &found, crossedArray: &crossedArray)
      }
      return
    }
    guard let next = member(key, in: range) else { return }
    collect(keys.dropFirst(), in: next, into: &found, crossedArray: &crossedArray)
  }

  private func decode(_ range: (Int, Int)) -> FieldValue {
    switch bytes[range.0] {
    case 0x22: return .scalar(JSONBytes.decodeString(bytes, range.0, range.1))
    case 0x7b: return .composite(String(decoding: bytes[range.0..<range.1], as: UTF8.self))
    case 0x5b: return .list(elements(of: range).compactMap { decode($0).texts.first })
    case 0x6e: return .null
    default: return .scalar(String(decoding: bytes[range.0..<range.1], as: UTF8.self))
    }
  }

  /// The value range of `key` inside the object at `range`.
  private func member(_ key: [UInt8], in range: (Int, Int)) -> (Int, Int)? {
    guard bytes[range.0] == 0x7b else { return nil }
    var index = range.0 + 1
    while index < range.1 {
      index = JSONBytes.skipSpace(bytes, index)
      guard index < range.1, bytes[index] == 0x22 else {
        if index < range.1, bytes[index] == 0x2c {
          index += 1
          continue
        }
        return nil
      }
      let keyEnd = JSONBytes.skipString(bytes, index)
      guard keyEnd > 0 else { return nil }
      let matches =
        keyEnd - index - 2 == key.count
        && key.indices.allSatisfy { bytes[index + 1 + $0] == key[$0] }
      index = JSONBytes.skipSpace(bytes, keyEnd) + 1
      let valueStart = JSONBytes.skipSpace(bytes, index)
      let valueEnd = JSONBytes.skipValue(bytes, valueStart)
      guard valueEnd > 0 else { return nil }
      if matches { return (valueStart, valueEnd) }
      index = valueEnd
    }
    return nil
  }

  /// The element ranges of the array at `range`.
  private func elements(of range: (Int, Int)) -> [(Int, Int)] {
    var items: [(Int, Int)] = []
    var index = range.0 + 1
    while index < range.1 {
      index = JSONBytes.skipSpace(bytes, index)
      guard index < range.1, bytes[index] != 0x5d else { break }
      if bytes[index] == 0x2c {
        index += 1
        continue
      }
      let stop = JSONBytes.skipValue(bytes, index)
      guard stop > 0 else { break }
      items.append((index, stop))
      index = stop
    }
    return items
  }
}
