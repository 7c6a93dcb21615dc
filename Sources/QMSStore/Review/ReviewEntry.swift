import Foundation
import QMSDomain

/// A note or a decision the chair recorded on one agenda section.
public struct ReviewEntry: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case note
        case decision
    }

    public var id: Int64
    public var section: ReviewSection
    public var kind: Kind
    public var text: String
    public var createdAt: Date

    public init(id: Int64, section: ReviewSection, kind: Kind, text: String, createdAt: Date) {
        self.id = id
        self.section = section
        self.kind = kind
        self.text = text
        self.createdAt = createdAt
    }
}
