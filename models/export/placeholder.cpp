// placeholder: replaced by the export layer
