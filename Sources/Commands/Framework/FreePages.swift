// FreePages: hands malloc's whole free pages back to the system after a load drops its text.
import Foundation

enum FreePages {
    /// glibc's `malloc_trim`, looked up at run time: Swift's Glibc module does not export <malloc.h>, and
    /// other C libraries have no such call (there this does nothing).
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()

    /// A loaded corpus's Strings are small blocks scattered through malloc's heap among blocks still in use;
    /// once the text is compressed and they are released, malloc keeps their pages (about the corpus's size)
    /// unless asked to return every whole free page.
    static func release() { _ = trim?(0) }
}
