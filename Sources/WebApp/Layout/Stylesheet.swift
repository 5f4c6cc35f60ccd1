import Hummingbird

/// Hearth's own small stylesheet, served locally: nothing is fetched from the internet.
/// Colours and spacing follow GOV.UK conventions with contrast of at least 4.5:1.
enum Stylesheet {
    static let css = """
    *,*::before,*::after{box-sizing:border-box}
    body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;background:#fff}
    .width-container{max-width:1020px;margin:0 auto;padding:0 15px}
    .skip-link{position:absolute;left:-9999px}.skip-link:focus{left:0;top:0;background:#fd0;padding:10px;color:#0b0c0c}
    .site-header{background:#0b0c0c;color:#fff;padding:12px 0;border-bottom:10px solid #1d70b8}
    .site-name{color:#fff;font-weight:700;font-size:24px;text-decoration:none;margin-right:12px}
    .site-tagline{color:#fff}
    nav{display:inline-block;margin-left:20px}nav a{color:#fff;margin-right:15px;font-weight:700}
    .error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}
    .error-summary a{color:#d4351c;font-weight:700}
    .inline-form{margin-bottom:20px}.inline-form label{font-weight:700;margin-right:10px}
    .inline-form input,.inline-form select{font-size:19px;padding:5px;border:2px solid #0b0c0c;margin-right:20px}
    .inline-form button{font-size:19px;padding:6px 12px;background:#00703c;color:#fff;border:0;margin-left:10px}
    main{padding:30px 15px 50px;display:block}
    h1{font-size:36px;margin:0 0 20px}h2{font-size:27px;margin:30px 0 15px}
    .lede{font-size:24px}
    .hint{color:#505a5f}
    table{border-collapse:collapse;width:100%;margin-bottom:30px}
    caption{text-align:left;font-weight:700;font-size:24px;padding-bottom:10px}
    th,td{text-align:left;padding:10px 20px 10px 0;border-bottom:1px solid #b1b4b6;vertical-align:top}
    th{font-weight:700}
    .numeric{text-align:right}
    tfoot td,tfoot th{font-weight:700;border-top:2px solid #0b0c0c}
    .summary-list{margin:0 0 30px;display:grid;grid-template-columns:max-content auto;gap:0}
    .summary-list dt,.summary-list dd{padding:10px 20px 10px 0;margin:0;border-bottom:1px solid #b1b4b6}
    .summary-list dt{font-weight:700}
    a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
    .account-bar{display:inline-block;margin-left:20px;color:#fff}.account-bar a{color:#fff;font-weight:700}.account-bar button{font-size:16px;margin-left:10px;padding:4px 10px}
    .stacked-form{max-width:480px}.stacked-form label{display:block;font-weight:700;margin:20px 0 5px}
    .stacked-form input[type=text],.stacked-form input[type=password]{display:block;width:100%;font-size:19px;padding:5px;border:2px solid #0b0c0c}
    .stacked-form button{margin-top:25px;font-size:19px;padding:8px 14px;background:#00703c;color:#fff;border:0}
    input:focus,button:focus{outline:3px solid #fd0;outline-offset:0}
    .pagination{display:flex;gap:20px;margin:20px 0 30px;font-size:19px}.pagination a{padding:10px 15px;border:1px solid #b1b4b6;font-weight:700}
    .back-link{display:inline-block;font-size:16px;padding-left:14px;position:relative}.back-link::before{content:"‹";position:absolute;left:0}
    ul.list{padding-left:20px}ul.list li{margin:5px 0}
    .site-footer{border-top:1px solid #b1b4b6;padding:20px 0;color:#0b0c0c;background:#f3f2f1}
    .projection-form fieldset{border:0;padding:0;margin:20px 0 0}.projection-form legend{font-weight:700}
    .projection-form .choice{margin:10px 0}.projection-form .choice label{display:inline;font-weight:400;margin:0 0 0 8px}
    .projection-form input[type=radio],.projection-form input[type=checkbox]{width:20px;height:20px;vertical-align:middle}
    .projection-form select{display:block;font-size:19px;padding:5px;border:2px solid #0b0c0c}
    .form-group-error{border-left:5px solid #d4351c;padding-left:15px}.projection-form .error-message{color:#d4351c;font-weight:700;margin:5px 0}
    .chart{margin:0 0 30px}.chart-svg{display:block;width:100%;max-width:720px;height:auto}
    .chart-legend{list-style:none;padding:0;margin:10px 0 0}.chart-legend li{margin:5px 0}.chart-legend svg{vertical-align:middle}
    .upload-form{max-width:640px}.upload-form fieldset{border:0;padding:0;margin:0}.upload-form legend{font-weight:700;font-size:24px}
    .upload-form .radio{margin:10px 0}.upload-form .radio label{display:inline;font-weight:400;margin:0 0 0 8px}.upload-form .radio .hint{margin:2px 0 0 28px}
    .upload-form input[type=radio]{width:20px;height:20px;vertical-align:middle}.upload-form input[type=text]{width:10em}
    .upload-form input[type=date],.upload-form input[type=file]{display:block;font-size:19px;padding:5px;border:2px solid #0b0c0c}
    .upload-form .error-message{color:#d4351c;font-weight:700;margin:5px 0}
    .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important}
    .confirmation{background:#00703c;color:#fff;padding:25px;margin-bottom:30px}.confirmation h1{margin:0}
    """

    static func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/css; charset=utf-8"
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: css)))
    }
}
