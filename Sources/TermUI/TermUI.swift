// TermUI: see DESIGN in README.
