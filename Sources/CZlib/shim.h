#ifndef FRONTLINE_CZLIB_SHIM_H
#define FRONTLINE_CZLIB_SHIM_H
// zlib's C API (zlib.h), shipped by Debian's zlib1g-dev.
#include <zlib.h>

// deflateInit2 is a macro passing ZLIB_VERSION and sizeof(z_stream), which Swift cannot
// import: this calls it for a gzip stream (windowBits 15 + 16 = a gzip header and trailer,
// RFC 1952) at `level`, 8 for memLevel (zlib's default) and the default strategy.
static inline int frontline_deflate_init_gzip(z_stream *stream, int level) {
  return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
#endif
