"""Qt user interface: windows, widgets, models, dialogs and the database worker."""
