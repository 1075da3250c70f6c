// Simplified Chinese is the working language of the platform; every other locale copies this shape.
const zhCN = {
  app: {
    name: '惠民 · 失业保险经办管理',
    shortName: '惠民经办',
  },
  login: {
    title: '经办人员登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    required: '请输入用户名和密码',
    expired: '登录已过期，请重新登录',
    loggedOut: '您已退出登录',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    generic: '请求失败（HTTP {status}），请稍后重试',
    notFound: '页面不存在',
    notFoundHint: '您访问的页面不存在，或本部署未开通该业务。',
    forbidden: '无权访问',
    forbiddenHint: '您的角色没有访问此页面的权限。',
    backHome: '返回工作台',
    retry: '重试',
    systemInfo: '无法读取本部署开通的业务',
  },
  menu: {
    home: '工作台',
    system: '系统管理',
    label: '主菜单',
  },
  header: {
    roles: '角色',
    region: '行政区划',
    logout: '退出登录',
    switchLocale: 'English',
  },
  home: {
    welcome: '{name}，您好',
    account: '当前账号',
    username: '用户名',
    roles: '角色',
    region: '所属行政区划代码',
    programs: '本部署开通的业务',
    noPrograms: '本部署尚未开通任何业务。',
    upcoming: '各业务的待办案件、到期提醒和统计将在相应业务模块上线后显示在此处。',
  },
  program: {
    enabled: '本部署已开通此业务。',
    upcoming: '受理、审核、公示和拨付等经办功能尚在建设中，上线后将在此页面提供。',
  },
  system: {
    title: '系统管理',
    version: '版本',
    mode: '运行模式',
    demo: '演示模式（含演示账号）',
    production: '生产模式',
    programs: '已开通业务',
  },
  roles: {
    handler: '经办人',
    reviewer: '复核人',
    head: '负责人',
    finance: '财务',
    auditor: '内控审计',
    data_admin: '数据管理员',
    province_admin: '省级管理员',
    system_admin: '系统管理员',
  },
  common: {
    listSeparator: '、',
  },
};

export type Messages = typeof zhCN;
export default zhCN;
