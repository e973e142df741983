import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a byte stream (standard input, a pipe, a file) one line at a time through a bounded
/// buffer, so a JSON Lines stream of any length is read in memory proportional to its longest
/// line, not to its size.
///
/// - Important: Not thread-safe and deliberately not `Sendable`; one reader owns the stream.
final class LineReader {
  /// Bytes asked of `read(2)` at a time: large enough to amortise the system call on a 1 GB
  /// stream, small next to the 200 MB memory budget of issue 6.
  static let chunkSize = 1 << 20

  /// What the stream is called in messages (`<stdin>`, a path).
  let source: String
  /// Lines longer than this (in bytes) are refused rather than buffered without limit.
  let maximumLineLength: Int
  /// The 1-based number of the line last returned.
  private(set) var lineNumber = 0

  private let descriptor: Int32
  private let closesDescriptor: Bool
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  /// - Parameters:
  ///   - descriptor: an open file descriptor, read from its current offset.
  ///   - closesDescriptor: whether `deinit` closes it (not for standard input).
  init(descriptor: Int32, source: String, closesDescriptor: Bool, maximumLineLength: Int) {
    self.descriptor = descriptor
    self.source = source
    self.closesDescriptor = closesDescriptor
    self.maximumLineLength = maximumLineLength
  }

  /// Opens `path` for reading.
  /// - Throws: `FrontlineError.invalidInput` naming the file when `open(2)` fails.
  convenience init(path: String, maximumLineLength: Int) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FrontlineError.invalidInput("\(path): cannot be read: \(String(cString: strerror(errno)))")
    }
    self.init(descriptor: descriptor, source: path, closesDescriptor: true, maximumLineLength: maximumLineLength)
  }

  deinit {
    if closesDescriptor { close(descriptor) }
  }

  /// The next line without its `\n` (a last line without one counts too); nil at the end.
  /// - Throws: `FrontlineError.invalidInput` naming the source (and line) for a read error or
  ///   a line longer than ``maximumLineLength``.
  func nextLine() throws -> [UInt8]? {
    var searchFrom = start
    while true {
      if let newline = Self.firstNewline(in: buffer, from: searchFrom) {
        defer { start = newline + 1 }
        return try line(buffer[start..<newline])
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return try line(buffer[start...])
      }
      guard buffer.count - start <= maximumLineLength else {
        throw FrontlineError.invalidInput(
          "\(source):\(lineNumber + 1): line longer than \(maximumLineLength >> 20) MiB; one record per line")
      }
      if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      searchFrom = buffer.count
      try fill()
    }
  }

  /// The position of the first `\n` of `buffer` at or after `start`, found by `memchr`
  /// (vectorised in the C library): the slice's generic `firstIndex(of:)` was about 6
  /// instructions a byte, 6 M for the 1 MB stream (callgrind, issue #16).
  private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { all in
      guard start < all.count, let base = all.baseAddress else { return nil }
      return memchr(base + start, Int32(UInt8(ascii: "\n")), all.count - start).map {
        UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0))
      }
    }
  }

  private func line(_ bytes: ArraySlice<UInt8>) throws -> [UInt8] {
    lineNumber += 1
    guard bytes.count <= maximumLineLength else {
      throw FrontlineError.invalidInput(
        "\(source):\(lineNumber): line longer than \(maximumLineLength >> 20) MiB; one record per line")
    }
    return Array(bytes)
  }

  /// Appends up to ``chunkSize`` bytes; sets `atEnd` at end of file.
  private func fill() throws {
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
    var got = 0
    while true {
      got = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress.map { $0 + oldCount }, Self.chunkSize)
      }
      if got < 0 && errno == EINTR { continue }
      break
    }
    if got < 0 {
      let reason = String(cString: strerror(errno))
      buffer.removeSubrange(oldCount...)
      throw FrontlineError.invalidInput("\(source): cannot be read: \(reason)")
    }
    buffer.removeSubrange((oldCount + got)...)
    if got == 0 { atEnd = true }
  }
}
