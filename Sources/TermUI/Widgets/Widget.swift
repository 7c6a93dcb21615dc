/// Something that draws itself into part of a buffer.
///
/// Widgets are plain values built fresh for each frame from the screen's state; they
/// hold no terminal and no scrolling state of their own (the caller passes offsets), so
/// the same state always gives the same frame.
public protocol Widget {
    /// Draws inside `area` only; anything that does not fit is cut, never spilled.
    func render(in area: Rect, buffer: inout Buffer)
}
