# Portal page shapes for the bundled corpus. Each template returns (html, furniture_strings).
import datetime, html as H, zlib

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

def esc(s): return H.escape(s, quote=True)

def visible_date(a):
    d = a.get('date')
    if not d: return ''
    dt = datetime.datetime.fromisoformat(d + 'T' + a.get('time', '08:30'))
    wd = WEEKDAYS[dt.weekday()]
    st = a.get('style', 'nv')
    if st == 'nv': return f"{wd[:3]} {wd[4:].lower()} - {dt:%d/%m/%Y %H:%M}"
    if st == 'bao': return f"Cập nhật lúc {dt:%H:%M}, {wd}, {dt:%d/%m/%Y} (GMT+7)"
    if st == 'cn': return f"{wd}, {dt.day}/{dt.month}/{dt.year}"
    if st == 'spelled': return f"Ngày {dt.day} tháng {dt.month} năm {dt.year}"
    if st == 'dot': return f"Ngày đăng: {dt:%d.%m.%Y}"
    if st == 'plain': return f"{dt:%d/%m/%Y}"
    if st == 'dash': return f"{dt.day:02d}-{dt.month:02d}-{dt.year} {dt:%H:%M}"
    if st == 'j15': return f"{wd}, {dt:%d} Tháng {dt.month} {dt.year} {dt:%H:%M}"
    if st == 'posted': return f"Đăng lúc: {dt:%H:%M} {dt:%d/%m/%Y}"
    raise ValueError(st)

def paras_html(a, para_tag='p'):
    out = []
    for i, p in enumerate(a['paras']):
        if p.startswith('CAPTION:'):
            cap = p[len('CAPTION:'):]
            out.append(a.get('caption_html', '<figure class="image"><img src="/uploads/news/{n}.jpg" alt=""><figcaption>{c}</figcaption></figure>').format(n=a['slug'], c=esc(cap)))
        elif p.startswith('SUB:'):
            out.append(f"<{para_tag}><strong>{esc(p[4:])}</strong></{para_tag}>")
        else:
            out.append(f"<{para_tag} style=\"text-align: justify;\">{esc(p)}</{para_tag}>" if a.get('justify') else f"<{para_tag}>{esc(p)}</{para_tag}>")
    return "\n".join(out)

def links(items, fmt='<li><a href="/tin-tuc/{slug}.html">{t}</a></li>'):
    return "".join(fmt.format(slug=f"bai-{i}", t=esc(t)) for i, t in enumerate(items))

OTHER = [
    "Hội nghị giao ban công tác dân vận 6 tháng đầu năm",
    "Tập huấn nghiệp vụ cho cán bộ làm công tác dân vận cơ sở",
    "Biểu dương điển hình \"Dân vận khéo\" giai đoạn 2021 - 2025",
    "Kỷ niệm ngày truyền thống công tác dân vận của Đảng",
    "Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy",
]

def nukeviet(a):
    site = a['site']
    meta = ''
    if a.get('date') and a.get('meta', True):
        meta = f'<meta property="article:published_time" content="{a["date"]}+07{a.get("time","08:30").replace(":","")}:00">\n'
    date = visible_date(a)
    f = ["Đang truy cập", "Tổng lượt truy cập", "Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm của bài viết",
         "Bấm vào đây để duy trì", "Skip to main content", "Tác giả bài viết", "Nguồn tin", "Kế hoạch số 145-KH/BDVTU",
         "Gửi bài viết qua email", OTHER[0], "Chịu trách nhiệm"]
    h = f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(a['title'])} - {esc(site)}</title>
<meta name="description" content="{esc(a['paras'][0][:150])}">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{meta}<link rel="stylesheet" href="/themes/default/css/style.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<div class="skip-link"><a href="#main-content">Skip to main content</a></div>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo"><a title="{esc(site)}" href="/"><img src="/uploads/logo.png" alt="{esc(site)}"></a></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">
<li><a href="/" title="Trang nhất">Trang nhất</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/news/">Tin tức - Sự kiện</a></li><li><a href="/dan-van-kheo/">Dân vận khéo</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div></nav>
<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li><a href="/"><em class="fa fa-lg fa-home"></em> Trang nhất</a></li><li><a href="/news/">Tin tức - Sự kiện</a></li></ul></div></div>
<section><div class="container" id="body"><div class="row">
<div class="col-md-18" id="main-content">
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(a['title'])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{esc(date)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg"></em></a></li><li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg"></em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{paras_html(a)}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(a.get('author','Minh Anh'))}</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(site)}</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p><span class="help-block">Click để đánh giá bài viết</span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{links(OTHER[:3])}</ul></div>
<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{links(OTHER[3:])}</ul></div>
</div></div>
</div>
<div class="col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul><li><a href="/laws/145.html">Kế hoạch số 145-KH/BDVTU về công tác dân vận năm 2024</a></li><li><a href="/laws/12.html">Hướng dẫn số 12-HD/BDVTU về mô hình dân vận khéo</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-fw"></em>Đang truy cập</span><span>31</span></li>
<li><span><em class="fa fa-filter fa-fw"></em>Máy chủ tìm kiếm</span><span>4</span></li>
<li><span><em class="fa fa-user fa-fw"></em>Khách viếng thăm</span><span>27</span></li>
<li><span><em class="fa fa-calendar fa-fw"></em>Hôm nay</span><span>2,415</span></li>
<li><span><em class="fa fa-bars fa-fw"></em>Tổng lượt truy cập</span><span>4,820,113</span></li></ul></div></div>
</div>
</div></div></section>
<footer id="footer"><div class="container"><div class="row"><div class="col-md-24"><p><strong>{esc(site).upper()}</strong></p><p>Chịu trách nhiệm: Trưởng Ban Dân vận Tỉnh ủy. Địa chỉ: số 2 đường Hùng Vương. Điện thoại: 0203 3825 111.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/themes/default/js/main.js"></script>
</body>
</html>
'''
    return h, f

def joomla3(a):
    site = a['site']
    d = a.get('date')
    f = ["Bạn đang ở", "Lượt xem", "Viết bởi", "Về đầu trang", "Tin mới", "Khách: 12", "Trước", "Tiếp theo", OTHER[1], "Danh mục"]
    pub = ''
    if d:
        pub = f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{d}T{a.get("time","08:30")}:00+07:00" itemprop="datePublished">Ngày đăng: {visible_date(dict(a, style="plain"))}</time></dd>'
    byline = f'\n<p style="text-align: right;"><strong>{esc(a["author"])}</strong></p>' if a.get('author') else ''
    h = f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<meta name="author" content="{esc(a.get('author') or 'Quản trị')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(a['title'])}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{esc(site)}">{esc(site).upper()}</span></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt menu</span></a></div>
<div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">Trang chủ</a></li><li class="item-112 current active"><a href="/index.php/tin-hoat-dong">Tin hoạt động</a></li><li class="item-113"><a href="/index.php/dan-van-kheo">Dân vận khéo</a></li><li class="item-114"><a href="/index.php/van-ban">Văn bản chỉ đạo</a></li></ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" class="active"><span itemprop="name">Tin hoạt động</span></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(a['title'])}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" title="In bài viết" rel="nofollow">In</a></li><li class="email-icon"><a href="#" title="Gửi email" rel="nofollow">Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(a.get('author') or 'Quản trị')}</span></dd>
<dd class="category-name">Danh mục: <a href="/index.php/tin-hoat-dong" itemprop="genre">Tin hoạt động</a></dd>
{pub}
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:418" />Lượt xem: 418</dd></dl>
<div itemprop="articleBody">
{paras_html(a)}{byline}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Bài trước" href="/index.php/bai-truoc" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a class="hasTooltip" title="Bài sau" href="/index.php/bai-sau" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul>
</div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">{links(OTHER)}</ul></div>
<div class="well "><h3 class="page-header">Thống kê</h3><dl class="stats-module"><dt>Khách: 12</dt><dt>Lượt xem bài viết</dt><dd>1,204,577</dd></dl></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p><p>&copy; {esc(site)}. Địa chỉ: đường Trần Phú, thành phố tỉnh lỵ.</p></div></footer>
</body>
</html>
'''
    return h, f

def joomla15(a):
    site = a['site']
    f = ["Trang chủ", "Số lượt truy cập", "Đang online", "Các bài khác", "Quay lại", "Bản in", OTHER[2], "Cập nhật ( "]
    d = a.get('date')
    created = f'<tr><td valign="top" colspan="2" class="createdate">{esc(visible_date(dict(a, style="j15")))}</td></tr>' if d else ''
    h = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="index, follow" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(site)} - {esc(a['title'])}</title>
<script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body id="page_bg">
<div id="wrapper"><div id="header"><div id="logo"><a href="/"><img src="/templates/bdv/images/banner.jpg" alt="{esc(site)}" /></a></div></div>
<div id="pillmenu"><ul class="menu"><li class="item1"><a href="/"><span>Trang chủ</span></a></li><li class="item2"><a href="/index.php?option=com_content&amp;view=category&amp;id=3"><span>Tin tức</span></a></li><li class="item3"><a href="/index.php?option=com_content&amp;view=category&amp;id=5"><span>Văn bản</span></a></li></ul></div>
<div id="whitebox"><table class="nopad" width="100%"><tr valign="top">
<td id="leftcolumn"><div class="module_menu"><h3>Chuyên mục</h3><ul class="menu"><li><a href="#">Hoạt động Ban Dân vận</a></li><li><a href="#">Mặt trận và các đoàn thể</a></li><li><a href="#">Gương điển hình</a></li></ul></div>
<div class="module"><h3>Thống kê</h3><p>Số lượt truy cập: 987654</p><p>Đang online: 7</p></div></td>
<td id="maincolumn">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a['title'])}</td>
<td align="right" width="100%" class="buttonheading"><a href="#" title="Bản in" onclick="window.open(this.href);return false;"><img src="/images/M_images/printButton.png" alt="Bản in" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="#" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen">
{created}
<tr><td valign="top" colspan="2">
{paras_html(a)}
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Cập nhật ( {esc(visible_date(dict(a, style="j15"))) if d else "Thứ hai, 01 Tháng 1 2024 08:00"} )</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<div class="blog_more"><strong>Các bài khác:</strong><ul>{links(OTHER[1:4])}</ul></div>
<div class="back_button"><a href="javascript:history.go(-1)">Quay lại</a></div>
</td></tr></table></div>
<div id="footer"><p>Bản quyền &copy; {esc(site)}</p></div></div>
</body>
</html>
'''
    return h, f

def sharepoint(a):
    site = a['site']
    date = visible_date(a)
    f = ["Đang truy cập", "Tổng lượt truy cập", "Tin khác", "In trang", "Gửi email", "Quay lại", "CƠ QUAN CHỦ QUẢN",
         "Liên kết website", "Trang chủ", OTHER[3], "Lượt xem"]
    h = f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	{esc(a['title'])}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2015" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=2015"></script>
</head>
<body>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"></div></div></div>
<form method="post" action="./ChiTiet.aspx?ItemID={zlib.crc32(a['slug'].encode())%9000+1000}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAg" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="top-header"><div class="logo"><a href="/"><img src="/PublishingImages/logo.png" alt="logo" /></a><span class="portal-name">{esc(site).upper()}</span></div>
<div class="top-links"><a href="/Pages/sitemap.aspx">Sơ đồ cổng</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a> | <a href="/en">English</a></div></div>
<div class="menu-top"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item" href="/"><span class="menu-item-text">Trang chủ</span></a></li><li class="static"><a class="static menu-item" href="/tintuc"><span class="menu-item-text">Tin tức - Sự kiện</span></a></li><li class="static"><a class="static menu-item" href="/vanban"><span class="menu-item-text">Văn bản chỉ đạo</span></a></li></ul></div></div>
<div class="breadcrumb-sp"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/tintuc">Tin tức - Sự kiện</a></span> &gt; <span>Chi tiết</span></div>
<div class="page-content"><div class="row">
<div class="col-left">
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="news-detail">
<div class="news-title"><h3 class="title">{esc(a['title'])}</h3></div>
<div class="news-date"><span id="ctl00_PlaceHolderMain_g_51c_lblNgayDang">{esc(date)}</span> <span class="news-views">Lượt xem: 1024</span></div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
{paras_html(a)}
</div>
<div class="news-author"><b>{esc(a.get('author','Thu Hà'))}</b></div>
<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=tin">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="news-other"><h4>Tin khác</h4><ul>{links(OTHER[2:])}</ul></div>
</div></div></div>
</div>
<div class="col-right"><div class="ms-webpart-zone"><div class="box-link"><h4>Liên kết website</h4><select><option>-- Chọn liên kết --</option><option>Ban Dân vận Trung ương</option></select></div>
<div class="visitor"><p>Đang truy cập: 45</p><p>Tổng lượt truy cập: 2.345.678</p></div></div></div>
</div></div>
<div class="footer-sp"><p>CƠ QUAN CHỦ QUẢN: {esc(site).upper()}</p><p>Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p></div>
</div></div></form>
</body>
</html>
'''
    return h, f

def liferay(a):
    site = a['site']
    date = visible_date(a)
    f = ["Skip to Content", "Chia sẻ", "Tin liên quan", "Đánh giá", "Xem thêm", "Bản quyền", OTHER[4], "Tiện ích"]
    h = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tin hoạt động - {esc(site)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/o/bdv-theme/images/favicon.ico" rel="icon" />
<script type="text/javascript">var Liferay = {{ Browser: {{}}, ThemeDisplay: {{ getLanguageId: function() {{ return "vi_VN"; }} }} }};</script>
</head>
<body class="controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-block"><a href="#main-content" id="skip-to-content">Skip to Content</a></div>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest" title="Về {esc(site)}"><img alt="" height="90" src="/image/layout_set_logo?img_id=3101" width="980" /></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang trang" role="menubar"><li class="selected" role="presentation"><a href="/web/guest/trang-chu" role="menuitem"><span>Trang chủ</span></a></li><li role="presentation"><a href="/web/guest/tin-tuc" role="menuitem"><span>Tin tức</span></a></li><li role="presentation"><a href="/web/guest/van-ban" role="menuitem"><span>Văn bản</span></a></li></ul></nav></header>
<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_x1">
<header class="portlet-topper"><h2 class="portlet-title-text">Tin hoạt động</h2></header>
<div class="portlet-content"><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<h3 class="asset-title"><span>{esc(a['title'])}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{esc(date)}</span> <span class="metadata-entry metadata-view-count">1.203 lượt xem</span></div>
<div class="asset-content" id="_com_liferay_asset_publisher_x1_1234">
<div class="journal-content-article" data-analytics-asset-id="1234" data-analytics-asset-title="{esc(a['title'])}" data-analytics-asset-type="web-content">
{paras_html(a)}
</div>
</div>
<div class="asset-links"><div class="taglib-social-bookmarks"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a></div></div>
<div class="asset-ratings"><span class="taglib-ratings">Đánh giá: <span class="rating-label">4,5 (12 phiếu)</span></span></div>
</div>
<div class="asset-related"><h4>Tin liên quan</h4><ul>{links(OTHER[3:])}</ul><a href="/web/guest/tin-tuc">Xem thêm</a></div>
</div></div></section></div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title-text">Tiện ích</h2></header><div class="portlet-body"><ul><li><a href="#">Lịch công tác</a></li><li><a href="#">Thư viện ảnh</a></li><li><a href="#">Hỏi đáp chính sách</a></li></ul></div></section></div>
</div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">Bản quyền thuộc {esc(site)}. Ghi rõ nguồn khi trích dẫn.</p></footer>
</div>
</body>
</html>
'''
    return h, f

def dnn(a):
    site = a['site']
    date = visible_date(a)
    f = ["Đăng nhập", "Đăng ký", "Lượt truy cập", "Tin cùng chuyên mục", "Trở về", "Thứ Hai, 22/11/2026", "In bài viết", OTHER[0], "Ban biên tập"]
    h = f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{esc(a['title'])} | {esc(site)}
</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Portals/_default/default.css?cdv=181" type="text/css" rel="stylesheet"/>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/tabid/80/ArticleID/{zlib.crc32(a['slug'].encode())%900+100}/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="xyz" /></div>
<div id="siteWrapper">
<div id="dnn_HeaderPane" class="HeaderPane"><div class="banner"><img src="/Portals/0/banner.jpg" alt="{esc(site)}" /></div>
<div class="userbar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Thứ Hai, 22/11/2026</span> <a id="dnn_dnnLOGIN_loginLink" class="LoginLink" href="/Login">Đăng nhập</a> | <a href="/Register">Đăng ký</a></div></div>
<div id="dnn_MenuPane" class="MenuPane"><ul class="topLevel"><li class="item"><a href="/">TRANG CHỦ</a></li><li class="item selected"><a href="/tin-tuc">TIN TỨC</a></li><li class="item"><a href="/van-ban">VĂN BẢN</a></li><li class="item"><a href="/hoi-dap">HỎI ĐÁP</a></li></ul></div>
<div class="rowPanes">
<div id="dnn_LeftPane" class="LeftPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-401"><div class="boxLeft"><h2 class="Head">Liên kết</h2><div id="dnn_ctr401_ContentPane"><div id="dnn_ctr401_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr401_HtmlModule_lblContent" class="Normal"><p><a href="#">Ban Dân vận Trung ương</a></p><p><a href="#">Báo điện tử Đảng Cộng sản Việt Nam</a></p><p>Lượt truy cập: 3.201.554</p></div></div></div></div></div></div>
<div id="dnn_ContentPane" class="ContentPane">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-512"><a name="512"></a>
<div class="boxMain"><h2 class="Head"><span id="dnn_ctr512_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></h2>
<div id="dnn_ctr512_ContentPane" class="contentpane"><div id="dnn_ctr512_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
<div class="article-head"><h1 class="article-title">{esc(a['title'])}</h1><span class="article-meta">{esc(date)}</span></div>
<div id="dnn_ctr512_HtmlModule_lblContent" class="Normal">
{paras_html(a)}
</div>
<div class="article-tools"><a href="javascript:window.print()">In bài viết</a> · <a href="javascript:history.back()">Trở về</a></div>
</div></div></div></div>
<div class="DnnModule DnnModule-DNN_HTML DnnModule-513"><div class="boxMain"><h2 class="Head">Tin cùng chuyên mục</h2><div class="DNNModuleContent"><div class="Normal"><ul>{links(OTHER)}</ul></div></div></div></div>
</div></div>
<div id="dnn_FooterPane" class="FooterPane"><p>Ban biên tập: {esc(site)}. Điện thoại: 0260 3862 555.</p></div>
</div></form>
</body>
</html>
'''
    return h, f

def newspaper(a):
    site = a['site']
    d = a.get('date')
    meta = ''
    if d and a.get('meta', True):
        meta += f'<meta property="article:published_time" content="{d}T{a.get("time","08:30")}:00+07:00">\n'
    jsonld = ''
    if d and a.get('jsonld'):
        jsonld = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc(a["title"])}","datePublished":"{d}T{a.get("time","08:30")}:00+07:00","publisher":{{"@type":"Organization","name":"{esc(site)}"}}}}</script>\n'
    date = visible_date(dict(a, style=a.get('style', 'bao')))
    related = ''
    if len(a['paras']) > 3:
        related = f'<div class="box-related"><p class="box-related__title">Tin liên quan</p><ul>{links(OTHER[:2])}</ul></div>'
    byline = f'<p class="author">{esc(a["author"])}</p>' if a.get('author') else ''
    paras = paras_html(a).split("\n")
    if related: paras.insert(2, related)
    f = ["Thời sự", "Tin liên quan", "Gửi cho bạn bè", "Ý kiến bạn đọc", "Từ khóa", "Đọc nhiều", "Giấy phép", "Tòa soạn",
         "Chia sẻ", OTHER[0], OTHER[2], "Bản in"]
    sapo = f'<h2 class="sapo">{esc(a["sapo"])}</h2>' if a.get('sapo') else ''
    og = f'<meta property="og:title" content="{esc(a["title"])}">\n' if a.get('og', True) else ''
    h = f'''<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | {esc(site)}</title>
{og}<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site)}">
{meta}{jsonld}<link rel="stylesheet" href="/static/css/main.css">
</head>
<body class="page-detail">
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="{esc(site)}"></a>
<div class="header-date">{esc(WEEKDAYS[6])}, 22/11/2026</div></div>
<nav class="main-nav"><ul><li><a href="/thoi-su/">Thời sự</a></li><li><a href="/chinh-tri/">Chính trị</a></li><li><a href="/xay-dung-dang/">Xây dựng Đảng</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/van-hoa/">Văn hóa</a></li></ul></nav></header>
<main class="container"><div class="row"><div class="col-main">
<div class="breadcrumb"><a href="/chinh-tri/">Chính trị</a> › <a href="/xay-dung-dang/">Xây dựng Đảng</a></div>
<article class="article-detail">
<h1 class="article-title">{esc(a['title'])}</h1>
<div class="article-meta"><span class="article-date">{esc(date)}</span></div>
{sapo}
<div class="detail-content">
{chr(10).join(paras)}
{byline}
</div>
<div class="article-tags"><span>Từ khóa:</span> <a href="/tag/dan-van">dân vận</a> <a href="/tag/dan-van-kheo">dân vận khéo</a></div>
<div class="article-share"><a href="#" class="share-fb">Chia sẻ</a> <a href="#" class="share-mail">Gửi cho bạn bè</a> <a href="#" class="print">Bản in</a></div>
</article>
<section class="comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p></section>
</div>
<aside class="col-side"><div class="box-most-read"><h3>Đọc nhiều</h3><ol>{links(OTHER)}</ol></div></aside>
</div></main>
<footer class="site-footer"><div class="container"><p>{esc(site)} - Cơ quan của Đảng bộ tỉnh. Giấy phép số 112/GP-BTTTT. Tòa soạn: số 5 đường Lê Lợi.</p></div></footer>
</body>
</html>
'''
    return h, f

def table(a, charset='utf-8'):
    site = a['site']
    d = a.get('date')
    f = ["Trang chủ", "Giới thiệu", "Số người truy cập", "Đang online", "Quay lại", "In bài này", "Các tin khác", "Văn bản mới",
         "Hướng dẫn số 07-HD/BDVTU", "Bản quyền", OTHER[1]]
    datecell = f'<tr><td class="ngay" align="left">{esc(visible_date(dict(a, style=a.get("style","dot"))))}</td></tr>' if d else ''
    body = "<br>\n<br>\n".join(
        (f'<i>{esc(p[8:])}</i>' if p.startswith('CAPTION:') else esc(p)) for p in a['paras']) if a.get('brs') else paras_html(a)
    byline = f'<tr><td align="right"><b>{esc(a["author"])}</b></td></tr>' if a.get('author') else ''
    h = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(site).upper()}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt=""></td></tr>
<tr><td colspan="3" class="menu" bgcolor="#B30000" height="28">&nbsp;<a href="default.asp" class="menu">Trang chủ</a> | <a href="gioithieu.asp" class="menu">Giới thiệu</a> | <a href="tintuc.asp" class="menu">Tin tức</a> | <a href="vanban.asp" class="menu">Văn bản</a> | <a href="lienhe.asp" class="menu">Liên hệ</a></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#FFF5E6">
<table width="100%" border="0"><tr><td class="title_left">DANH MỤC</td></tr>
<tr><td><a href="tintuc.asp?cat=1">· Hoạt động dân vận</a><br><a href="tintuc.asp?cat=2">· Dân vận khéo</a><br><a href="tintuc.asp?cat=3">· Tôn giáo - Dân tộc</a></td></tr>
<tr><td class="title_left">THỐNG KÊ</td></tr><tr><td>Số người truy cập: 1234567<br>Đang online: 15</td></tr></table>
</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="tieude">{esc(a['title'])}</td></tr>
{datecell}
<tr><td class="noidung" align="justify">
{body}
</td></tr>
{byline}
<tr><td align="right"><a href="javascript:history.back()">Quay lại</a> | <a href="javascript:window.print()">In bài này</a></td></tr>
<tr><td class="tinkhac"><b>Các tin khác:</b><br>{"".join(f'· <a href="tintuc.asp?id={100+i}">{esc(t)}</a> (0{i+1}/0{i+2}/2013)<br>' for i, t in enumerate(OTHER[:3]))}</td></tr>
</table>
</td>
<td width="190" valign="top" bgcolor="#FFF5E6"><table width="100%"><tr><td class="title_left">VĂN BẢN MỚI</td></tr><tr><td><a href="vanban.asp?id=7">Hướng dẫn số 07-HD/BDVTU về tổ chức Ngày hội đại đoàn kết</a><br><a href="vanban.asp?id=8">Thông báo lịch tiếp dân</a></td></tr></table></td>
</tr>
<tr><td colspan="3" class="footer" align="center" bgcolor="#B30000">Bản quyền thuộc {esc(site)}<br>Địa chỉ: số 10 đường Nguyễn Huệ - Điện thoại: 0260.3864.123</td></tr>
</table>
</body>
</html>
'''
    return h, f

