/// What a password must be: long (12 characters or more), not a pattern (at least 5 different characters,
/// not only white space), not the username, and not one of the passwords people choose most often. The
/// deny-list is shipped here: the words and keyboard runs behind the most common leaked passwords, which a
/// password matches when its letters and digits, with digits and punctuation dropped from the end, are one
/// of them (`Password1234!`, `Summer2024!!`, `qwertyuiop12`).
enum PasswordPolicy {
    static let minimumLength = 12
    static let minimumDistinctCharacters = 5

    /// Lowercase letters and digits of the most common passwords' bases.
    static let common: Set<String> = [
        "password", "passw0rd", "p4ssw0rd", "passwort", "motdepasse", "qwerty", "qwertyuiop", "qwertyuiopas",
        "asdfghjkl", "zxcvbnm", "qazwsxedc", "qazwsxedcrfv", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "zaq12wsx",
        "abcdefgh", "abcdefghijkl", "abc123", "iloveyou", "letmein", "welcome", "welcometo", "admin", "administrator",
        "changeme", "changeit", "default", "secret", "trustno1", "monkey", "dragon", "football", "baseball",
        "soccer", "liverpool", "chelsea", "arsenal", "sunshine", "princess", "superman", "batman", "master",
        "shadow", "michael", "jennifer", "jordan", "hunter", "freedom", "whatever", "starwars", "pokemon",
        "summer", "winter", "spring", "autumn", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "monday", "friday", "hearth", "council",
        "children", "socialcare", "socialworker", "fostering", "england", "london", "london2012",
    ]

    /// Common runs of digits, as typed.
    static let commonDigits: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000", "121212121212",
        "123123123123", "987654321098", "147258369147", "112233445566",
    ]

    /// Why `password` is refused for `username`, or `nil` when it is fine.
    static func problem(_ password: String, username: String) -> UserAccountError? {
        guard password.count >= minimumLength else { return .passwordTooShort }
        guard Set(password).count >= minimumDistinctCharacters, !password.allSatisfy(\.isWhitespace) else {
            return .passwordTooSimple
        }
        let lower = password.lowercased()
        if !username.isEmpty, lower.contains(username.lowercased()) { return .passwordHasUsername }
        if commonDigits.contains(lower) { return .passwordTooCommon }
        return candidates(of: lower).isDisjoint(with: common) ? nil : .passwordTooCommon
    }

    /// What a password is a variant of: with digits and punctuation dropped from its end, its letters and
    /// digits as typed, and with look-alike characters read as letters ("p@ssw0rd1234" → "pssw0rd" and
    /// "password"; "Summer2024!!" → "summer"; "1q2w3e4r5t6y" as it is).
    static func candidates(of lower: String) -> Set<String> {
        let stem = String(lower.reversed().drop { !$0.isLetter }.reversed())
        let lookAlikes: [Character: Character] = [
            "@": "a", "4": "a", "$": "s", "5": "s", "0": "o", "3": "e", "1": "i", "!": "i", "7": "t",
        ]
        let asTyped = String(stem.filter { $0.isLetter || $0.isNumber })
        let read = String(stem.map { lookAlikes[$0] ?? $0 }.filter(\.isLetter))
        return [asTyped, read]
    }
}
