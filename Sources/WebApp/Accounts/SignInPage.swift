/// The sign-in form. Its CSRF token is bound to the pre-session cookie set with it; `next` is where to
/// go afterwards.
struct SignInPage {
    var csrfToken: String
    var next: String
    var username = ""
    var problem: String?

    var page: HTMLPage {
        var body = ""
        if let problem {
            body += """
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>There is a problem</h2>
            <ul><li><a href="#username">\(escape(problem))</a></li></ul>
            </div>

            """
        }
        body += """
        <h1>Sign in to Hearth</h1>
        <form method="post" action="/login" class="stacked-form">
        <input type="hidden" name="csrf_token" value="\(escape(csrfToken))">
        <input type="hidden" name="next" value="\(escape(next))">
        <label for="username">Username</label>
        <input id="username" name="username" type="text" autocomplete="username" spellcheck="false" value="\(escape(username))" required>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Sign in</button>
        </form>
        """
        return HTMLPage(title: problem == nil ? "Sign in" : "Error: Sign in", body: body,
                        status: problem == nil ? .ok : .unauthorized)
    }
}
