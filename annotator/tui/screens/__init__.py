"""One screen per module; modal dialogs end in ``Dialog``."""
