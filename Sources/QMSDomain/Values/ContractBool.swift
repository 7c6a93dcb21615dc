/// Booleans as exports write them (§3): `1/0`, `true/false`, `yes/no`, `x`/empty,
/// `có/không`, `co/khong`, in any case (and `y/n`, `đúng/sai` besides).
public enum ContractBool {
    /// true or false for an accepted word, nil for empty text (the caller applies
    /// the column's default) and for anything else (the caller reports an error;
    /// tell the two apart with `isEmpty` on the trimmed text).
    public static func parse(_ text: String) -> Bool? {
        switch TextMatching.fold(text) {
        case "1", "true", "yes", "y", "x", "co", "dung": return true
        case "0", "false", "no", "n", "khong", "sai": return false
        default: return nil
        }
    }

    /// The words accepted, for an error message.
    public static let acceptedWords = ["1", "0", "true", "false", "yes", "no", "x", "có", "không", "co", "khong"]
}
