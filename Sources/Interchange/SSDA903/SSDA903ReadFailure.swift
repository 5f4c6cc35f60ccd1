/// SSDA903 files that could not be imported, with every problem found (see `FileReadFailure`).
public typealias SSDA903ReadFailure = FileReadFailure
