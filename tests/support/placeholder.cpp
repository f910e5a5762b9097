// placeholder: replaced by fixture helpers
