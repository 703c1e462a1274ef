import CLibXML2

/// Process-wide libxml2 set-up, done once before any parse or write.
///
/// `xmlInitParser` must run before threads use the parser concurrently; the error handler is
/// per thread in libxml2, so ``quietThread()`` is called by each entry point.
enum LibXML {
    static let initialized: Void = {
        xmlInitParser()
    }()

    static func prepare() {
        _ = initialized
        letters_xml_quiet_thread()
    }

    /// Copies a libxml2 string into Swift without freeing it (owned by the tree).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// Copies a libxml2-allocated string into Swift and frees it.
    static func take(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        defer { letters_xml_free(pointer) }
        return string(pointer)
    }
}
