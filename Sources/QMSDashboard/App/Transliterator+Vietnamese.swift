import QMSDomain
import TermUI

extension Transliterator {
    /// Folds Vietnamese the way readers expect on an ASCII terminal: `Văn phòng` →
    /// `Van phong`, `Đ` → `D` (the toolkit's default only knows letters that decompose).
    public static let vietnamese = Transliterator { TextMatching.asciiFold($0) }
}
