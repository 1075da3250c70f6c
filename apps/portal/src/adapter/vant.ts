// The one place Vant enters the portal: each component imported on its own, with its stylesheet.
// The stylesheets are listed file by file instead of through Vant's `style/index` entries because
// those also pull in the icon font (28 KB gzip of base64, render-blocking, with a fallback URL on a
// third-party CDN). The portal needs two glyphs from it, the arrows, which `vant-icons.css` draws
// with CSS instead. A page that needs more icons should import 'vant/es/icon/index.css' itself.
import 'vant/es/style/base.css';
import 'vant/es/badge/index.css';
import 'vant/es/loading/index.css';
import 'vant/es/button/index.css';
import 'vant/es/cell/index.css';
import 'vant/es/cell-group/index.css';
import 'vant/es/empty/index.css';
import 'vant/es/nav-bar/index.css';
import 'vant/es/skeleton/index.css';
import 'vant/es/skeleton-title/index.css';
import 'vant/es/skeleton-avatar/index.css';
import 'vant/es/skeleton-paragraph/index.css';
import './vant-icons.css';

export { Button, Cell, CellGroup, Empty, NavBar, Skeleton } from 'vant';
