// QMSSync: see DESIGN in README.
