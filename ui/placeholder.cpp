// placeholder: replaced by the widgets
