import Hummingbird

/// Hearth's own small stylesheet, served locally: nothing is fetched from the internet.
/// Colours and spacing follow GOV.UK conventions with contrast of at least 4.5:1. Three layers: the screen,
/// narrow screens down to 360 px (nothing scrolls sideways but a wide table or chart, inside its own
/// region), and paper (A4, no navigation, forms or buttons, rows kept whole, page numbers).
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
        .projection-form fieldset{border:0;padding:0;margin:20px 0 0;min-width:0}.projection-form legend{font-weight:700}
        .projection-form .choice{margin:10px 0}.projection-form .choice label{display:inline;font-weight:400;margin:0 0 0 8px}
        .projection-form input[type=radio],.projection-form input[type=checkbox]{width:20px;height:20px;vertical-align:middle}
        .projection-form select,.projection-form input[type=date]{display:block;font-size:19px;padding:5px;border:2px solid #0b0c0c}
        .form-group-error{border-left:5px solid #d4351c;padding-left:15px}.projection-form .error-message{color:#d4351c;font-weight:700;margin:5px 0}
        .filter-form{margin-bottom:30px}.filter-form fieldset{border:0;padding:0;margin:0;min-width:0}.filter-form legend{font-weight:700;font-size:24px;margin-bottom:10px}
        .filter-form .form-group{display:inline-block;vertical-align:top;margin:0 20px 10px 0}.filter-form label{display:block;font-weight:700;margin-bottom:5px}
        .filter-form select{font-size:19px;padding:5px;border:2px solid #0b0c0c}.filter-form .error-message{color:#d4351c;font-weight:700;margin:5px 0}
        .filter-form button{font-size:19px;padding:8px 14px;background:#00703c;color:#fff;border:0}
        .group-caption{font-size:24px;color:#505a5f;margin:-10px 0 20px}
        .chart{margin:0 0 30px;overflow-x:auto}.chart-svg{display:block;width:100%;max-width:720px;height:auto}
        .chart-legend{list-style:none;padding:0;margin:10px 0 0}.chart-legend li{margin:5px 0}.chart-legend svg{vertical-align:middle}
        .upload-form{max-width:640px}.upload-form fieldset{border:0;padding:0;margin:0}.upload-form legend{font-weight:700;font-size:24px}
        .upload-form .radio{margin:10px 0}.upload-form .radio label{display:inline;font-weight:400;margin:0 0 0 8px}.upload-form .radio .hint{margin:2px 0 0 28px}
        .upload-form .checkbox{margin:16px 0}.upload-form .checkbox input{width:20px;height:20px;vertical-align:middle}.upload-form .checkbox label{display:inline;font-weight:400;margin:0 0 0 8px}.upload-form .checkbox .hint{margin:2px 0 0 28px}
        .upload-form input[type=radio]{width:20px;height:20px;vertical-align:middle}.upload-form input[type=text]{width:10em}
        .upload-form input[type=date],.upload-form input[type=file]{display:block;font-size:19px;padding:5px;border:2px solid #0b0c0c}
        .upload-form .error-message{color:#d4351c;font-weight:700;margin:5px 0}
        .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important}
        .confirmation{background:#00703c;color:#fff;padding:25px;margin-bottom:30px}.confirmation h1{margin:0}.confirmation p{margin:0}
        nav a[aria-current=page],.account-bar a[aria-current=page]{text-decoration:none;border-bottom:4px solid #fff}
        .table-region{overflow-x:auto;margin-bottom:30px;position:relative}.table-region table{margin-bottom:0}
        .table-region:focus,.chart:focus{outline:3px solid #fd0}
        main{overflow-wrap:break-word}input,select{max-width:100%}
        \(narrow)
        \(print)
        """

    /// Phones and narrow windows: the header stacks, headings shrink, summary lists stack, and a chart
    /// keeps readable labels by scrolling inside its own region rather than shrinking to 6 px text.
    static let narrow = """
        @media (max-width:640px){
        body{font-size:16px}h1{font-size:27px}h2{font-size:22px}.lede{font-size:19px}caption{font-size:19px}
        nav,.account-bar{display:block;margin:10px 0 0}nav a{display:inline-block;margin:0 15px 8px 0}
        .site-tagline{display:block}
        .summary-list{grid-template-columns:1fr}.summary-list dt{border-bottom:0;padding-bottom:0}
        th,td{padding:8px 12px 8px 0}
        .inline-form label{display:block;margin:10px 0 5px}.inline-form button{margin:10px 0 0}
        .inline-form input,.inline-form select{display:block;margin-right:0}
        .filter-form .form-group{display:block;margin-right:0}
        .chart-svg{min-width:540px}.chart-svg text{font-size:18px}
        }
        """

    /// Paper: A4 with page numbers, only the content (no navigation, forms or buttons), links as text,
    /// table rows and charts never split across pages, headings kept with what follows them.
    static let print = """
        @page{size:A4;margin:15mm 12mm 18mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:10pt Arial,sans-serif}}
        @media print{
        body{font-size:11pt;color:#000}.width-container{max-width:none;padding:0}main{padding:0}
        .site-header{background:none;color:#000;border-bottom:2px solid #000;padding:0 0 6pt}
        .site-name,.site-tagline{color:#000}
        nav,.account-bar,.skip-link,form,button,.pagination,.back-link,.site-footer{display:none}
        a{color:#000;text-decoration:none}
        h1{font-size:20pt}h2{font-size:15pt;break-after:avoid}caption{font-size:13pt}
        .table-region,.chart{overflow:visible}.chart-svg{min-width:0;max-width:16cm}
        tr,.chart,.summary-list,.error-summary{break-inside:avoid}thead{display:table-header-group}
        th,td{padding:3pt 8pt 3pt 0}
        }
        """

    static func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/css; charset=utf-8"
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: css)))
    }
}
