/// JSON-RPC's base protocol over a byte stream: header lines (`Content-Length: N`, optionally
/// `Content-Type`), an empty line, then N bytes of body. Bytes go in as they arrive; whole messages,
/// or what was wrong with the stream, come out. A body larger than `maxBodySize`, or a header block
/// larger than `maxHeaderSize`, is a framing error: its bytes are skipped (never held in memory), and
/// reading goes on with the next message, so one bad message never stops the server.
public struct MessageFramer: Sendable {
    public enum Event: Sendable, Equatable {
        /// One message's body.
        case message([UInt8])
        /// The stream broke the framing: a missing or bad `Content-Length`, a header block too long,
        /// or a body larger than allowed. The message cannot be answered (its id is unknown), but the
        /// server says so and reads on.
        case framingError(String)
    }

    public let maxBodySize: Int
    public let maxHeaderSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of an oversized body still to be skipped.
    private var skipping = 0
    /// Whether the rest of a header block that was too long is being dropped, up to its blank line.
    private var discardingHeader = false
    /// The length read from the headers of the message whose body is being waited for.
    private var pendingLength: Int?

    public init(maxBodySize: Int = 64 << 20, maxHeaderSize: Int = 8 << 10) {
        self.maxBodySize = maxBodySize
        self.maxHeaderSize = maxHeaderSize
    }

    /// Takes more bytes of the stream and returns every event they complete.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [Event] {
        var input = bytes[...]
        if skipping > 0 {
            let n = min(skipping, input.count)
            skipping -= n
            input = input.dropFirst(n)
        }
        buffer.append(contentsOf: input)
        var events: [Event] = []
        while true {
            if skipping > 0 {
                let n = min(skipping, buffer.count - start)
                skipping -= n
                start += n
                if skipping > 0 { break }
            }
            if let length = pendingLength {
                guard buffer.count - start >= length else { break }
                events.append(.message(Array(buffer[start..<start + length])))
                start += length
                pendingLength = nil
                continue
            }
            if discardingHeader {
                // The rest of an oversized header block, up to and with its blank line.
                guard let end = Self.headerEnd(buffer, from: start, within: buffer.count) else {
                    // Keep what may be the start of a blank line that the next read completes.
                    start = max(start, buffer.count - 2)
                    break
                }
                start = end.bodyStart
                discardingHeader = false
                continue
            }
            // The blank line must start within the limit, wherever the reads cut the stream, so that a
            // block is too long or not by its bytes alone.
            guard let headerEnd = Self.headerEnd(buffer, from: start, within: maxHeaderSize + 3) else {
                // A blank line not begun yet starts at buffer.count - 2 at the earliest.
                if buffer.count - 2 - start > maxHeaderSize {
                    events.append(.framingError("a header block longer than \(maxHeaderSize) bytes"))
                    discardingHeader = true
                    continue
                }
                break
            }
            if headerEnd.contentStart - start > maxHeaderSize {
                events.append(.framingError("a header block longer than \(maxHeaderSize) bytes"))
                start = headerEnd.bodyStart
                continue
            }
            let header = String(decoding: buffer[start..<headerEnd.contentStart], as: UTF8.self)
            start = headerEnd.bodyStart
            switch Self.contentLength(header) {
            case .none:
                events.append(.framingError("a message without a valid Content-Length header"))
            case .some(let length) where length > maxBodySize:
                events.append(.framingError("a message of \(length) bytes, more than the \(maxBodySize) allowed"))
                skipping = length
            case .some(let length):
                pendingLength = length
            }
        }
        // Keep the buffer small: drop what has been read.
        if start > 0 && (start == buffer.count || start > 1 << 16) {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        return events
    }

    /// Where the header block that starts at `from` ends: the blank line (`\r\n\r\n`, or `\n\n` from
    /// lenient clients), when it starts within `within` bytes.
    static func headerEnd(_ bytes: [UInt8], from: Int, within: Int) -> (contentStart: Int, bodyStart: Int)? {
        var i = from
        let limit = from + min(within, bytes.count - from)
        while i < limit {
            if bytes[i] == 0x0A {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// The value of the one `Content-Length` header, nil if it is missing, repeated or not a number.
    static func contentLength(_ header: String) -> Int? {
        var found: Int?
        for line in header.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingSpaces.lowercased()
            guard name == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard found == nil, !value.isEmpty, value.utf8.count <= 18, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let length = Int(value)
            else { return nil }
            found = length
        }
        return found
    }

    /// A message ready to send: the header and the body.
    public static func frame(_ body: String) -> String {
        "Content-Length: \(body.utf8.count)\r\n\r\n" + body
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
