// QMSDashboard: see DESIGN in README.
