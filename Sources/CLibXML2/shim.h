// CLibXML2: libxml2's HTML parser and tree for Swift (Debian: libxml2-dev).
#if __has_include(<libxml/HTMLparser.h>)
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries. probe never
// touches libxml2's encoding handlers (the only place ICU types appear), so they are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#else
#error "libxml/HTMLparser.h not found - run: apt-get install libxml2-dev"
#endif
