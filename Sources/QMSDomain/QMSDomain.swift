// QMSDomain: see DESIGN in README.
