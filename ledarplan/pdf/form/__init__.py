"""The feedback round's fillable PDF form: its words (`labels`) and its layout (`writer`)."""
