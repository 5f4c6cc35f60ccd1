/// A placement costs file that could not be imported, with every problem found (see `FileReadFailure`).
public typealias CostReadFailure = FileReadFailure
