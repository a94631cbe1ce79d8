// CZstd: libzstd's one-shot compression and decompression for Swift (Debian: libzstd-dev).
#if __has_include(<zstd.h>)
#include <zstd.h>
#else
#error "zstd.h not found - run: apt-get install libzstd-dev"
#endif
