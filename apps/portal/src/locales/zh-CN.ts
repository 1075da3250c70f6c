// The public portal speaks Simplified Chinese; other locales would copy this shape.
const zhCN = {
  app: {
    name: '惠民 · 失业保险网上服务',
    tagline: '失业保险待遇和补贴，网上申请、进度可查',
  },
  home: {
    services: '可办理的服务',
    noServices: '本地区暂未开通网上服务，请到当地人社经办窗口咨询。',
    loadFailed: '服务列表加载失败',
    retry: '重新加载',
    loading: '正在加载服务列表',
  },
  service: {
    back: '返回首页',
    guidePending: '本服务的办事指南将依据本地区政策包发布，发布前请以当地人社部门公布的办事指南为准。',
    notOffered: '本地区暂未开通此项服务。',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    generic: '服务暂时不可用（HTTP {status}），请稍后重试',
    notFound: '页面不存在',
    backHome: '返回首页',
  },
};

export type Messages = typeof zhCN;
export default zhCN;
