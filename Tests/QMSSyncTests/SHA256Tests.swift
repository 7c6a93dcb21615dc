import Foundation
import Testing
@testable import QMSSync

@Suite("SHA-256")
struct SHA256Tests {
    // FIPS 180-4 examples (NIST CSRC "Example Algorithms" and the SHA-256 test vectors).
    static let vectors: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ]

    static let millionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

    @Test("NIST vectors, one shot", arguments: 0..<4)
    func nistVector(index: Int) {
        let (message, digest) = Self.vectors[index]
        var hasher = SHA256()
        hasher.update(Array(message.utf8))
        #expect(hasher.hexDigest == digest)
        #expect(SHA256.hex(SHA256.hash(message.utf8)) == digest)
    }

    @Test("NIST vectors, one byte at a time")
    func nistVectorsBytewise() {
        for (message, digest) in Self.vectors {
            var hasher = SHA256()
            for byte in message.utf8 { hasher.update([byte]) }
            #expect(hasher.hexDigest == digest, "message \(message)")
        }
    }

    @Test("one million 'a', streamed in chunks that cross block boundaries differently",
          arguments: [7, 63, 64, 65, 1000, 4099, 1_000_000])
    func millionA(chunkSize: Int) {
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: chunkSize)
        var hasher = SHA256()
        var left = 1_000_000
        while left > 0 {
            let take = min(left, chunkSize)
            chunk.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<take])) }
            left -= take
        }
        #expect(hasher.hexDigest == Self.millionADigest)
    }

    @Test("chunked and one-shot digests agree for every length around the padding boundaries")
    func chunkedMatchesOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 17) }
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 191, 192, 300] {
            let prefix = Array(message[0..<length])
            let oneShot = SHA256.hash(prefix)
            for split in [1, 3, 17, 64] {
                var hasher = SHA256()
                var index = 0
                while index < length {
                    let next = min(length, index + split)
                    hasher.update(prefix[index..<next])
                    index = next
                }
                #expect(hasher.finalize() == oneShot, "length \(length), chunks of \(split)")
            }
        }
    }

    @Test("reading the digest does not end the stream")
    func digestThenContinue() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        _ = hasher.hexDigest
        hasher.update(Array("c".utf8))
        #expect(hasher.hexDigest == Self.vectors[1].digest)
    }

    @Test("digest is 32 bytes; hex is 64 lowercase digits")
    func digestShape() {
        let digest = SHA256.hash([UInt8]())
        #expect(digest.count == SHA256.byteCount)
        let hex = SHA256.hex(digest)
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("hashing a file streams it and agrees with hashing its bytes")
    func fileDigest() throws {
        // Larger than one 256 KiB read, and not a multiple of the block size.
        let bytes = (0..<(600 * 1024 + 13)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("sha256-\(UUID().uuidString).bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try SHA256.hexDigest(ofFileAt: path) == SHA256.hex(SHA256.hash(bytes)))
    }

    @Test("a missing file or a folder is a clear error naming the path")
    func fileErrors() {
        let missing = "/nonexistent/isodash-\(UUID().uuidString).csv"
        #expect {
            _ = try SHA256.hexDigest(ofFileAt: missing)
        } throws: { error in
            guard case SHA256Error.cannotOpen(let path, _) = error else { return false }
            return path == missing && "\(error)".contains(missing)
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect {
            _ = try SHA256.hexDigest(ofFileAt: folder)
        } throws: { error in
            guard case SHA256Error.cannotRead(let path, _) = error else { return false }
            return path == folder
        }
    }
}
