/// A 128-bit digest that is the same in every process and on every machine, for telling whether
/// inputs changed (`OutputStamp`). Swift's `Hasher` cannot serve: it is seeded per process. Not
/// cryptographic: it guards against accidents, not against someone who wants two inputs to collide
/// (who could as well edit the output directly). Each step multiplies two 64-bit words into 128 bits
/// and folds the halves (as wyhash does), on two lanes with different constants, 16 bytes at a time:
/// a 10 MB catalog takes a few milliseconds.
public struct StableDigest: Sendable, Hashable {
    public let high: UInt64
    public let low: UInt64

    /// 32 lower-case hexadecimal digits.
    public var hex: String { Self.hex(high) + Self.hex(low) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Feeds values into a `StableDigest`. Every value is framed (bytes and strings by their length), so
/// that ("ab", "c") and ("a", "bc") differ.
public struct StableHasher: Sendable {
    private var a: UInt64 = 0x243f_6a88_85a3_08d3
    private var b: UInt64 = 0x1319_8a2e_0370_7344
    private var count: UInt64 = 0

    private static let k0: UInt64 = 0xa076_1d64_78bd_642f
    private static let k1: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let k2: UInt64 = 0x8ebc_6af0_9c88_c6e3
    private static let k3: UInt64 = 0x5899_65cc_7537_4cc3

    public init() {}

    @inline(__always)
    private static func fold(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return product.high ^ product.low
    }

    @inline(__always)
    private mutating func mix(_ x: UInt64, _ y: UInt64) {
        a = Self.fold(x ^ Self.k0, y ^ a)
        b = Self.fold(y ^ Self.k1, x ^ b ^ Self.k2) &+ (a << 23 | a >> 41)
        count &+= 1
    }

    public mutating func combine(_ value: UInt64) {
        mix(value, Self.k3)
    }

    public mutating func combine(_ value: Int64) {
        combine(UInt64(bitPattern: value))
    }

    public mutating func combine(_ flag: Bool) {
        combine(flag ? 1 as UInt64 : 0)
    }

    public mutating func combine(_ digest: StableDigest) {
        mix(digest.high, digest.low)
    }

    /// The bytes, after their length.
    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 16 <= bytes.count {
            mix(
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            offset += 16
        }
        guard offset < bytes.count else { return }
        // The last 1 to 15 bytes, padded with zeros (the length above tells the padding apart).
        var tail: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
        mix(UInt64(littleEndian: tail.0), UInt64(littleEndian: tail.1))
    }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine($0) }
    }

    /// The string's UTF-8, after its length.
    public mutating func combine(_ string: String) {
        var string = string
        string.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public func finalize() -> StableDigest {
        var copy = self
        copy.mix(count, Self.k3)
        return StableDigest(high: Self.fold(copy.a ^ Self.k1, copy.b ^ Self.k2), low: Self.fold(copy.b ^ Self.k0, copy.a ^ Self.k3))
    }

    /// The digest of one string.
    public static func digest(_ string: String) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(string)
        return hasher.finalize()
    }
}
