// The one place Element Plus enters the app. Each component is imported on its own, with its own
// stylesheet, so the bundle carries only what the screens use (the whole library is ~3x larger).
import 'element-plus/es/components/alert/style/css';
import 'element-plus/es/components/aside/style/css';
import 'element-plus/es/components/badge/style/css';
import 'element-plus/es/components/button/style/css';
import 'element-plus/es/components/card/style/css';
import 'element-plus/es/components/checkbox/style/css';
import 'element-plus/es/components/config-provider/style/css';
import 'element-plus/es/components/container/style/css';
import 'element-plus/es/components/descriptions-item/style/css';
import 'element-plus/es/components/descriptions/style/css';
import 'element-plus/es/components/dialog/style/css';
import 'element-plus/es/components/empty/style/css';
import 'element-plus/es/components/form-item/style/css';
import 'element-plus/es/components/form/style/css';
import 'element-plus/es/components/header/style/css';
import 'element-plus/es/components/input/style/css';
import 'element-plus/es/components/link/style/css';
import 'element-plus/es/components/main/style/css';
import 'element-plus/es/components/menu-item/style/css';
import 'element-plus/es/components/menu/style/css';
import 'element-plus/es/components/option-group/style/css';
import 'element-plus/es/components/option/style/css';
import 'element-plus/es/components/pagination/style/css';
import 'element-plus/es/components/radio-group/style/css';
import 'element-plus/es/components/radio/style/css';
import 'element-plus/es/components/result/style/css';
import 'element-plus/es/components/select/style/css';
import 'element-plus/es/components/skeleton/style/css';
import 'element-plus/es/components/sub-menu/style/css';
import 'element-plus/es/components/tab-pane/style/css';
import 'element-plus/es/components/table-column/style/css';
import 'element-plus/es/components/table/style/css';
import 'element-plus/es/components/tabs/style/css';
import 'element-plus/es/components/tag/style/css';
import 'element-plus/es/components/timeline-item/style/css';
import 'element-plus/es/components/timeline/style/css';
import 'element-plus/es/components/tooltip/style/css';

export {
  ElAlert,
  ElAside,
  ElBadge,
  ElButton,
  ElCard,
  ElCheckbox,
  ElConfigProvider,
  ElContainer,
  ElDescriptions,
  ElDescriptionsItem,
  ElDialog,
  ElEmpty,
  ElForm,
  ElFormItem,
  ElHeader,
  ElInput,
  ElLink,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElOptionGroup,
  ElPagination,
  ElRadio,
  ElRadioGroup,
  ElResult,
  ElSelect,
  ElSkeleton,
  ElSubMenu,
  ElTabPane,
  ElTable,
  ElTableColumn,
  ElTabs,
  ElTag,
  ElTimeline,
  ElTimelineItem,
  ElTooltip,
} from 'element-plus';

export { default as elementZhCn } from 'element-plus/es/locale/lang/zh-cn.mjs';
export { default as elementEn } from 'element-plus/es/locale/lang/en.mjs';
