// CStemmer: Snowball's libstemmer for Swift (Debian: libstemmer-dev).
#if __has_include(<libstemmer.h>)
#include <libstemmer.h>
#else
#error "libstemmer.h not found - run: apt-get install libstemmer-dev"
#endif
