import Foundation
internal import CZlib

/// gzip (RFC 1952) compression of response bodies through the system zlib.
enum Gzip {
  /// Bodies shorter than this many bytes are sent as they are: below about 1 KiB the gzip
  /// header, trailer and the extra CPU are not worth it.
  static let minimumSize = 1024

  /// `bytes` as one gzip member (zlib level 6, its default trade-off of speed and size), or nil
  /// if zlib fails (then the caller sends the bytes uncompressed).
  static func compress(_ bytes: [UInt8]) -> [UInt8]? {
    var stream = z_stream()
    // Returns Z_OK, or Z_MEM_ERROR / Z_STREAM_ERROR / Z_VERSION_ERROR without allocating.
    guard frontline_deflate_init_gzip(&stream, 6) == Z_OK else { return nil }
    defer { deflateEnd(&stream) }
    // deflateBound is an upper bound for one deflate(Z_FINISH) call after deflateInit2;
    // 18 more bytes for the gzip header and trailer, which it does not count for windowBits > 15.
    let capacity = Int(deflateBound(&stream, uLong(bytes.count))) + 18
    var output = [UInt8](repeating: 0, count: capacity)
    var input = bytes
    let status = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        // Returns Z_STREAM_END once all input is compressed and the trailer written.
        return deflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { return nil }
    output.removeLast(Int(stream.avail_out))
    return output
  }

  /// Whether an `Accept-Encoding` header value (RFC 9110 §12.5.3) accepts gzip: a `gzip`,
  /// `x-gzip` or `*` coding whose `q` is not 0.
  static func isAccepted(by header: String?) -> Bool {
    guard let header else { return false }
    var accepted = false
    for item in header.split(separator: ",") {
      let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      guard let coding = parts.first else { continue }
      var quality = 1.0
      for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
        quality = Double(parameter.dropFirst(2)) ?? 1
      }
      switch coding {
      case "gzip", "x-gzip": return quality > 0
      case "*": accepted = quality > 0
      default: continue
      }
    }
    return accepted
  }
}
