// placeholder: replaced by the store layer
