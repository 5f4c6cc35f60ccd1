/// A budget file that could not be imported, with every problem found (see `FileReadFailure`).
public typealias BudgetReadFailure = FileReadFailure
