/**
 * Generated from openapi.json by openapi-typescript: do not edit. After changing the API, run
 *   pnpm --filter @huimin/api openapi && pnpm --filter @huimin/api-client generate
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查（数据库可用时返回 ok） */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant-auth/employer-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位账户登录：统一社会信用代码＋短信验证码 */
        post: operations["ApplicantAuthController_employerLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant-auth/employer-otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位账户登录：获取短信验证码（发送至单位账户登记的联系人手机） */
        post: operations["ApplicantAuthController_employerOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant-auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 个人实名登录：身份证号＋姓名＋短信验证码 */
        post: operations["ApplicantAuthController_personLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant-auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人退出登录 */
        post: operations["ApplicantAuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applicant-auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 个人实名登录：获取短信验证码
         * @description 身份证号与姓名须与社保登记信息一致，验证码发送至登记的手机号码；无论是否一致，回答相同。
         */
        post: operations["ApplicantAuthController_personOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查阅审计日志（谁、何时、做了什么、从何处，写操作含前后值） */
        get: operations["AuditController_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志哈希链 */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 工作人员登录
         * @description 返回访问令牌（空闲超时后失效）与一次性刷新令牌；密码连续错误5次锁定15分钟。
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（令牌立即失效） */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录用户 */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改本人密码
         * @description 密码至少10位，含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名；修改后本账户所有登录失效。
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用刷新令牌换取新的令牌（刷新令牌只能使用一次） */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算第N个工作日（按国务院办公厅节假日安排） */
        get: operations["CalendarController_addWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节假日安排载入情况（每年11月起提醒载入下一年） */
        get: operations["CalendarController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已载入的节假日安排年份 */
        get: operations["CalendarController_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日安排（放假日期与调休上班日期） */
        get: operations["CalendarController_year"];
        /** 载入或更正某年的节假日安排（系统管理员） */
        put: operations["CalendarController_putYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更申请列表（本人管辖地区） */
        get: operations["ChangeRequestsController_list"];
        put?: never;
        /** 提出个人信息变更申请（须由另一名工作人员审批后生效，D1） */
        post: operations["ChangeRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更申请详情（新值脱敏显示） */
        get: operations["ChangeRequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-requests/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批变更申请（审批人不能是申请人） */
        post: operations["ChangeRequestsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为单位开设单位账户（每个统一社会信用代码一个，用于批量申报） */
        post: operations["RegistryController_createEmployerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/job-stabilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 稳岗返还测算（公开，不保存） */
        post: operations["JobStabilizationEvaluationController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/skill-upgrade-subsidy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 技能提升补贴测算（公开，不保存） */
        post: operations["SkillSubsidyEvaluationController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluations/unemployment-benefit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 失业保险金测算（公开，不保存） */
        post: operations["UnemploymentBenefitEvaluationController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定时任务及最近运行记录（进度、结果、运行实例） */
        get: operations["JobsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前申请人（个人或单位） */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的职业资格证书、职业技能等级证书 */
        get: operations["MeController_certificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates/{certificateNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的一本证书（他人的证书回答未找到） */
        get: operations["MeController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/employer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本单位的参保登记信息 */
        get: operations["MeController_employer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的参保登记信息（脱敏） */
        get: operations["MeController_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某地某日有效的政策（参数、文号、核实标记） */
        get: operations["PoliciesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/skill-subsidy/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公示名单（公开；姓名、身份证号脱敏） */
        get: operations["NoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/skill-subsidy/notices/items/{itemId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对公示人员提出异议（公开；须留联系人和手机号） */
        post: operations["NoticesController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入职业资格/职业技能等级证书（按证书编号新增或更新，最多10000条） */
        post: operations["RegistryImportController_certificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入缴费记录（按身份证号+月份新增或更新，最多10000条） */
        post: operations["RegistryImportController_contributions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入参保单位（按统一社会信用代码新增或更新，最多10000条） */
        post: operations["RegistryImportController_employers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从核心系统导出的CSV或Excel文件导入（首行为字段名，与JSON导入相同） */
        post: operations["RegistryImportController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参保人员列表（身份证号、手机号脱敏；仅本人管辖地区） */
        get: operations["RegistryController_list"];
        put?: never;
        /** 导入参保人员（按身份证号新增或更新，最多10000条） */
        post: operations["RegistryImportController_persons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按身份证号查找参保人员（身份证号放在请求体中，不进入网址） */
        post: operations["RegistryController_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参保人员详情（查看完整个人信息，记入审计日志） */
        get: operations["RegistryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请列表（按状态、渠道、职业、等级、日期、是否超期筛选；含各状态数量） */
        get: operations["CasesController_list"];
        put?: never;
        /** 提交技能提升补贴申请（在线/窗口/单位集中/代办；事实取自登记数据并固化） */
        post: operations["CasesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请详情（固化的事实、测算结果、环节、期限、可办操作） */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人对审核不通过申请复核（限一次，由其他人员重新审核） */
        post: operations["CasesController_appeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核（经办→复核→负责人，各环节由不同人员办理；不通过须填写理由） */
        post: operations["CasesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/payee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正收款信息（公示通过待发放或发放失败的案件；更正后由财务重新发放） */
        post: operations["CasesController_correctPayee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/payee-reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整收款账号（须写明原因；每次查看记入审计日志） */
        post: operations["CounterController_reveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人对办结的申请进行服务评价（好差评，1～5分，每个申请一次） */
        post: operations["CasesController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/recovery-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起追回：已发放的案件经查不符合条件（金额、原因、期限） */
        post: operations["PaymentsController_openRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人撤回申请（审核通过前） */
        post: operations["CasesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/bank-file-layouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 银行代发文件格式：本地区已设置的格式及平台默认格式 */
        get: operations["PaymentsController_layouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/bank-file-layouts/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置某地区代发银行的文件格式（按格式定义校验，留痕） */
        put: operations["PaymentsController_saveLayout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/counter-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 窗口代单位集中申请：上传单位报来的CSV或Excel（与单位集中申请同一模板），dryRun=1 只预检，逐行返回错误
         * @description 每行按该单位的单位集中申请（employer_batch）受理，须为该单位参保职工；受理人记为经办人。
         */
        post: operations["CounterController_counterBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/counter-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口受理预览：按身份证号取登记信息、名下证书及每本证书的测算结果和在办申请（身份证号放在请求体中；留痕） */
        post: operations["CounterController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/employer-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 单位集中申请：上传CSV或Excel（首行为 idNumber、certificateNo、payeeKind、accountNo、bankName、phone）
         * @description 每行按单位集中申请（employer_batch）受理为一个申请，或返回该行的错误；dryRun=1 只预检不创建。
         */
        post: operations["EmployerBatchesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 编制公示批次：本地区审核通过的申请列入公示（不少于5个工作日） */
        post: operations["NoticesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异议列表（本地区；按状态筛选，附各状态数量） */
        get: operations["NoticesController_listObjections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/objections/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 异议核查结论：成立（取消补贴资格）或不成立 */
        post: operations["NoticesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放批次列表 */
        get: operations["PaymentsController_list"];
        put?: never;
        /** 组建发放批次：本地区公示通过（及发放失败已更正）的案件，组批时复核条件 */
        post: operations["PaymentsController_build"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发放批次详情（明细、发放期限、是否超期） */
        get: operations["PaymentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批发放批次（须由组批人以外的财务人员审批） */
        post: operations["PaymentsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches/{id}/bank-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出银行代发文件（CSV，惠民通用格式；导出留痕） */
        get: operations["PaymentsController_bankFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches/{id}/bank-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入银行结果文件（按业务参考号逐笔核对：成功/失败及原因） */
        post: operations["PaymentsController_importResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/payment-batches/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废未审批的发放批次（须写明原因；批次内案件可重新组批） */
        post: operations["PaymentsController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/persons/{personId}/grant-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技能提升补贴享受情况证明（转移接续，A11；format=html 可打印） */
        get: operations["StatisticsController_grantRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务评价（好差评）列表及分布（本地区；申请人姓名脱敏） */
        get: operations["ServiceRatingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/recovery-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 追回单列表（本地区；应追、已追、欠款、是否逾期） */
        get: operations["PaymentsController_listRecovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/recovery-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 追回单详情（还款记录、核销情况） */
        get: operations["PaymentsController_getRecovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/recovery-orders/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记追回还款；全部追回后案件为已追回，享受记录撤销 */
        post: operations["PaymentsController_repay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/recovery-orders/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核销追回单：确实无法追回的，由负责人写明原因核销（享受记录保留） */
        post: operations["PaymentsController_writeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/statistics/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技能提升补贴发放情况统计表（附件4，按月；format=xlsx 为表格原样式） */
        get: operations["StatisticsController_monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/statistics/monthly/filed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已报送的月度统计表（附件4，每月初自动生成上月表，报送后不再改写） */
        get: operations["StatisticsController_filedMonthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/statistics/notice-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 技能提升补贴申请人员公示备案情况表（附件2，按公示开始月份；format=xlsx） */
        get: operations["StatisticsController_noticeList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/statistics/quarterly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度补贴申领发放情况（黑龙江） */
        get: operations["StatisticsController_quarterly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skill-subsidy/statistics/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按月、按下级地区的申请、审核、发放金额和超期在办案件（统计图表） */
        get: operations["StatisticsController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本部署开通的业务与运行模式 */
        get: operations["SystemController_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员账户列表（本人管辖地区内） */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * 开设工作人员账户（系统管理员）
         * @description 业务岗位（经办、复核、负责人）与财务岗位不能兼任，内控审计岗位不兼任其他岗位（D1）；首次登录须修改初始密码。
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员账户详情 */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改账户：姓名、岗位、地区、停用（系统管理员）；岗位、地区变更或停用后原登录失效 */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码为临时密码并解锁（系统管理员）；用户下次登录须先修改密码 */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AllowedCaseAction: {
            event: components["schemas"]["CaseEvent"];
            label: string;
            reasonRequired: boolean;
        };
        Annex4Cell: {
            persons: number;
            amountFen: number;
            amountWanYuan: string;
        };
        Annex4Row: {
            /** @enum {string} */
            kind: "vocational_qualification" | "skill_level" | "total";
            label: string;
            total: components["schemas"]["Annex4Cell"];
            byLevel: {
                3: components["schemas"]["Annex4Cell"];
                4: components["schemas"]["Annex4Cell"];
                5: components["schemas"]["Annex4Cell"];
            };
        };
        ApplicantSelf: {
            /** @enum {string} */
            kind: "person" | "employer";
            regionCode: string;
            creditCode: string | null;
        };
        AuditEntry: {
            id: number;
            /** Format: date-time */
            at: string;
            actor: string;
            action: string;
            entity: string;
            entityId: string | null;
            ip: string | null;
            before: unknown;
            after: unknown;
            prevHash: string | null;
            hash: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AuditVerification: {
            valid: boolean;
            entries: number;
            firstBrokenAt: number | null;
        };
        BankFileLayout: {
            id: string;
            name: string;
            /** @enum {string} */
            encoding: "utf-8" | "utf-8-bom";
            /** @enum {string} */
            delimiter: "," | "|" | "\t";
            /** @enum {string} */
            lineEnding: "crlf" | "lf";
            /** @enum {string} */
            amountUnit: "yuan" | "fen";
            purpose: string;
            file: {
                header: boolean;
                columns: {
                    /** @enum {string} */
                    field: "line_no" | "reference" | "batch_no" | "payee_name" | "account_no" | "bank_name" | "amount" | "purpose" | "constant";
                    title: string;
                    value?: string;
                }[];
            };
            result: {
                header: boolean;
                columns: ("reference" | "status" | "reason" | "amount" | "account_no" | "ignore")[];
                paidValues: string[];
                failedValues: string[];
            };
        };
        BankFileLayouts: {
            default: components["schemas"]["BankFileLayout"];
            regions: components["schemas"]["RegionBankFileLayout"][];
        };
        BankResultSummary: {
            /** Format: uuid */
            batchId: string;
            status: components["schemas"]["PaymentBatchStatus"];
            paid: string[];
            failed: {
                reference: string;
                reason: string;
            }[];
            unchanged: string[];
            pending: string[];
            problems: {
                reference: string;
                line: number;
                message: string;
            }[];
            errors: {
                line: number;
                message: string;
            }[];
            replayed: boolean;
        };
        BuiltPaymentBatch: {
            /** Format: uuid */
            id: string;
            batchNo: string;
            regionCode: string;
            status: components["schemas"]["PaymentBatchStatus"];
            statusLabel: string;
            createdBy: string;
            approvedBy: string | null;
            itemCount: number;
            totalFen: number;
            /** Format: date-time */
            createdAt: string;
            steps: components["schemas"]["PaymentBatchStep"][];
            bankFileLayoutId: string | null;
            items: components["schemas"]["PaymentItem"][];
            skipped: {
                /** Format: uuid */
                caseId: string;
                /** @enum {string} */
                code: "CASE_NOT_PAYABLE" | "NOT_ELIGIBLE_ON_RECHECK" | "ALREADY_IN_BATCH" | "INVALID_AMOUNT" | "PAYEE_INVALID" | "FAILED_ITEM_MISSING" | "PAYEE_NOT_CORRECTED" | "AMOUNT_CHANGED";
                message: string;
            }[];
        };
        CalendarStatus: {
            /** Format: date */
            today: string;
            lastLoadedYear: number | null;
            currentYearLoaded: boolean;
            nextYearLoaded: boolean;
            warning: string | null;
        };
        CalendarYearSummary: {
            year: number;
            documentNo: string;
            source: string;
        };
        CaseDeadline: {
            /** @enum {string} */
            kind: "review" | "refusal_notice" | "payment";
            label: string;
            rule: string;
            /** Format: date */
            startedOn: string;
            workingDays: number;
            /** Format: date */
            due: string | null;
            warning: string | null;
            /** Format: date */
            stoppedOn: string | null;
        };
        CaseDetail: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["CaseStatus"];
            statusLabel: string;
            /** @enum {string} */
            channel: "online" | "counter" | "employer_batch" | "proxy";
            regionCode: string;
            applicantName: string;
            idNumberMasked: string;
            certificateNo: string;
            /** @enum {string} */
            certificateKind: "vocational_qualification" | "skill_level";
            occupation: string;
            level: number;
            amountFen: number;
            /** Format: date */
            applicationDate: string;
            /** @enum {string|null} */
            dueKind: "review" | "refusal_notice" | "payment" | null;
            /** Format: date */
            dueOn: string | null;
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            basisDate: string;
            ruleSetId: string;
            evaluation: components["schemas"]["SkillSubsidyEvaluation"];
            facts: components["schemas"]["CaseFacts"];
            deadlines: components["schemas"]["CaseDeadline"][];
            payee: {
                /** @enum {string} */
                kind: "social_security_card" | "bank_account";
                accountNoMasked: string;
                bankName: string | null;
            };
            phoneMasked: string | null;
            proxy: {
                name: string;
                idNumberMasked: string;
            } | null;
            /** @enum {string|null} */
            pendingApprovalStep: "handler" | "reviewer" | "head" | null;
            steps: components["schemas"]["CaseStep"][];
            allowedActions: components["schemas"]["AllowedCaseAction"][];
            rating?: components["schemas"]["CaseRating"] | null;
            canRate?: boolean;
        };
        /** @enum {string} */
        CaseEvent: "submit" | "approve" | "reject" | "notify_refusal" | "appeal" | "withdraw" | "publish_notice" | "dismiss_objection" | "uphold_objection" | "pass_notice" | "cancel" | "start_payment" | "confirm_paid" | "fail_payment" | "open_clawback" | "confirm_recovered" | "write_off_clawback";
        CaseFacts: {
            request: {
                regionCode: string;
                /** Format: date */
                applicationDate: string;
                applicant: {
                    contributionMonths: number;
                    inArrears: boolean;
                    deepPovertyArea: boolean;
                    /** @enum {string} */
                    status: "employed" | "receiving_benefit";
                };
                certificate: {
                    /** @enum {string} */
                    kind: "vocational_qualification" | "skill_level";
                    occupation: string;
                    level: number;
                    /** Format: date */
                    issueDate: string;
                };
                priorGrants: {
                    occupation: string;
                    level: number;
                    /** Format: date */
                    grantedOn?: string;
                }[];
                heldCertificates: {
                    occupation: string;
                    level: number;
                }[];
            };
            person: {
                idNumberMasked: string;
                name: string;
                /** @enum {string} */
                sex: "male" | "female";
                /** Format: date */
                birthDate: string;
                regionCode: string;
                address: string | null;
            };
            employer: {
                creditCode: string;
                name: string;
                industry: string;
                address: string | null;
            } | null;
            contributions: {
                paidMonths: number;
                inArrears: boolean;
                latestCreditCode: string | null;
                latestMonth: string | null;
            };
            certificate: {
                certificateNo: string;
                /** @enum {string} */
                kind: "vocational_qualification" | "skill_level";
                occupation: string;
                level: number;
                /** Format: date */
                issueDate: string;
                issuer: string;
                source: string;
            };
            sources: {
                certificate: string;
            };
        };
        CaseList: {
            items: components["schemas"]["CaseSummary"][];
            total: number;
            page: number;
            pageSize: number;
            counts: {
                submitted: number;
                reviewing: number;
                approved: number;
                rejected: number;
                appealed: number;
                in_notice: number;
                notice_passed: number;
                cancelled: number;
                paying: number;
                paid: number;
                payment_failed: number;
                clawback_pending: number;
                recovered: number;
                withdrawn: number;
            };
        };
        CaseRating: {
            score: number;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        CaseStatus: "submitted" | "reviewing" | "approved" | "rejected" | "appealed" | "in_notice" | "notice_passed" | "cancelled" | "paying" | "paid" | "payment_failed" | "clawback_pending" | "recovered" | "withdrawn";
        CaseStep: {
            seq: number;
            event: components["schemas"]["CaseEvent"];
            from: components["schemas"]["CaseStatus"] | null;
            to: components["schemas"]["CaseStatus"];
            /** Format: date */
            on: string;
            /** @enum {string} */
            actorKind: "staff" | "applicant" | "employer" | "system";
            actorName: string | null;
            /** @enum {string|null} */
            role: "handler" | "reviewer" | "head" | "finance" | null;
            round: number;
            /** @enum {string|null} */
            approvalStep: "handler" | "reviewer" | "head" | null;
            reason: string | null;
        };
        CaseSummary: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["CaseStatus"];
            statusLabel: string;
            /** @enum {string} */
            channel: "online" | "counter" | "employer_batch" | "proxy";
            regionCode: string;
            applicantName: string;
            idNumberMasked: string;
            certificateNo: string;
            /** @enum {string} */
            certificateKind: "vocational_qualification" | "skill_level";
            occupation: string;
            level: number;
            amountFen: number;
            /** Format: date */
            applicationDate: string;
            /** @enum {string|null} */
            dueKind: "review" | "refusal_notice" | "payment" | null;
            /** Format: date */
            dueOn: string | null;
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ChangeRequest: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            entity: "person";
            entityId: string;
            regionCode: string;
            summary: {
                [key: string]: string;
            };
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
        };
        ChangeRequestPage: {
            items: components["schemas"]["ChangeRequest"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CounterExistingCase: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["CaseStatus"];
            statusLabel: string;
            regionCode: string;
        };
        CounterPreview: {
            person: {
                /** Format: uuid */
                id: string;
                name: string;
                idNumberMasked: string;
                /** @enum {string} */
                sex: "male" | "female";
                regionCode: string;
                phoneMasked: string | null;
            };
            employer: {
                creditCode: string;
                name: string;
            } | null;
            contributions: {
                paidMonths: number;
                inArrears: boolean;
                latestMonth: string | null;
            };
            certificates: components["schemas"]["CounterPreviewCertificate"][];
            cases: {
                /** Format: uuid */
                id: string;
                status: components["schemas"]["CaseStatus"];
                statusLabel: string;
                regionCode: string;
                certificateNo: string;
                occupation: string;
                level: number;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        CounterPreviewCertificate: {
            certificateNo: string;
            /** @enum {string} */
            kind: "vocational_qualification" | "skill_level";
            kindLabel: string;
            occupation: string;
            level: number;
            /** Format: date */
            issueDate: string;
            issuer: string;
            source: string;
            evaluation: components["schemas"]["SkillSubsidyEvaluation"];
            existingCase: components["schemas"]["CounterExistingCase"] | null;
        };
        EmployerAccount: {
            /** Format: uuid */
            id: string;
            creditCode: string;
            employerName: string;
            contactName: string;
            contactPhoneMasked: string;
            regionCode: string;
        };
        EmployerBatchResult: {
            dryRun: boolean;
            total: number;
            created: {
                index: number;
                applicantName: string;
                occupation: string;
                level: number;
                amountFen: number;
                eligible: boolean;
                /** Format: uuid */
                caseId: string;
            }[];
            accepted?: {
                index: number;
                applicantName: string;
                occupation: string;
                level: number;
                amountFen: number;
                eligible: boolean;
            }[];
            errors: components["schemas"]["RowError"][];
        };
        EmployerLogin: {
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            applicant: {
                /** @enum {string} */
                kind: "employer";
                creditCode: string;
                name: string | null;
                contactName: string | null;
                regionCode: string;
            };
        };
        EvaluationPolicy: {
            id: string;
            source: string;
            /** @enum {string} */
            basis: "certificate_issue_date" | "application_date" | "refund_year";
            /** Format: date */
            basisDate: string;
            ruleSetId: string;
            sources: string[];
            layers: components["schemas"]["RuleLayer"][];
            marks: {
                [key: string]: components["schemas"]["ParameterMark"];
            };
        };
        FiledMonthlyStatistics: {
            regionCode: string;
            month: string;
            /** Format: date-time */
            filedAt: string;
            filedBy: string;
            table: components["schemas"]["MonthlyStatistics"];
        };
        GrantRecord: {
            person: {
                /** Format: uuid */
                id: string;
                name: string;
                regionCode: string;
                regionName: string;
            };
            /** Format: date */
            issuedOn: string;
            issuedBy: string;
            items: {
                occupation: string;
                level: number;
                levelLabel: string;
                certificates: {
                    certificateNo: string;
                    /** @enum {string} */
                    kind: "vocational_qualification" | "skill_level";
                    kindLabel: string;
                    /** Format: date */
                    issueDate: string;
                }[];
                received: boolean;
                grant: {
                    /** Format: uuid */
                    caseId: string;
                    /** Format: date */
                    grantedOn: string;
                    amountFen: number;
                    amountYuan: string;
                    regionCode: string;
                    regionName: string;
                } | null;
                recovered: {
                    /** Format: uuid */
                    caseId: string;
                    /** Format: date */
                    grantedOn: string;
                    /** Format: date */
                    liftedOn: string;
                    amountFen: number;
                    regionCode: string;
                    reason: string | null;
                }[];
            }[];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        ImportResult: {
            inserted: number;
            updated: number;
            errors: components["schemas"]["RowError"][];
        };
        JobProgress: {
            done: number;
            total: number;
            unit: string;
        };
        JobRun: {
            job: string;
            period: string;
            instance: string;
            /** @enum {string} */
            outcome: "running" | "done" | "failed";
            progress: components["schemas"]["JobProgress"] | null;
            result: unknown;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        JobStabilizationCheck: {
            rule: string;
            passed: boolean;
            message: string;
            /** @enum {string} */
            code?: "REGION_NOT_COVERED" | "REGION_FUND_INSUFFICIENT" | "LAYOFF_RATE_TOO_HIGH" | "CONTRIBUTION_ARREARS" | "DISHONEST_ENTITY" | "ZOMBIE_ENTERPRISE" | "CONTRIBUTION_MONTHS_SHORT";
        };
        JobStabilizationEvaluation: {
            eligible: boolean;
            amountFen: number;
            refundPct: number;
            layoffRatePct: number;
            policy: components["schemas"]["EvaluationPolicy"] | null;
            checks: components["schemas"]["JobStabilizationCheck"][];
            reasons: ("REGION_NOT_COVERED" | "REGION_FUND_INSUFFICIENT" | "LAYOFF_RATE_TOO_HIGH" | "CONTRIBUTION_ARREARS" | "DISHONEST_ENTITY" | "ZOMBIE_ENTERPRISE" | "CONTRIBUTION_MONTHS_SHORT")[];
            warnings: string[];
        };
        JobsOverview: {
            jobs: components["schemas"]["RegisteredJob"][];
            runs: components["schemas"]["JobRun"][];
        };
        LoadedCalendarYear: {
            year: number;
            documentNo: string;
            source: string;
            daysOff: string[];
            workdays: string[];
            /** Format: date-time */
            loadedAt: string;
            loadedBy: string;
        };
        MonthlyStatistics: {
            regionCode: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            rows: components["schemas"]["Annex4Row"][];
            distinctPersons: number;
            caseIds: string[];
        };
        MyCertificate: {
            certificateNo: string;
            /** @enum {string} */
            kind: "vocational_qualification" | "skill_level";
            level: number;
            occupation: string;
            /** Format: date */
            issueDate: string;
            issuer: string;
        };
        MyEmployer: {
            creditCode: string;
            name: string;
            regionCode: string;
            industry: string;
            /** @enum {string} */
            size: "large" | "sme" | "micro";
        };
        MyPerson: {
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            name: string;
            /** @enum {string} */
            sex: "male" | "female";
            /** Format: date */
            birthDate: string;
            phoneMasked: string | null;
            regionCode: string;
            address: string | null;
        };
        NoticeBatch: {
            /** Format: uuid */
            id: string;
            regionCode: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            items: components["schemas"]["NoticeItem"][];
        };
        NoticeItem: {
            /** Format: uuid */
            itemId: string;
            name: string;
            /** @enum {string} */
            sex: "男" | "女";
            idNumber: string;
            employerName: string;
            occupation: string;
            level: number;
            levelName: string;
            /** @enum {string} */
            certificateKind: "vocational_qualification" | "skill_level";
            certificateKindName: string;
            certificateNo: string;
            /** Format: date */
            issueDate: string;
            amountFen: number;
            amountYuan: string;
        };
        NoticeListRow: {
            no: number;
            name: string;
            /** @enum {string} */
            sex: "男" | "女";
            idNumber: string;
            employerName: string;
            levelOrKind: string;
            certificateNo: string;
            /** Format: date */
            issueDate: string;
            amountFen: number;
            amount: string;
            /** Format: uuid */
            caseId?: string;
        };
        NoticeListStatistics: {
            regionCode: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            rows: components["schemas"]["NoticeListRow"][];
            totalFen: number;
        };
        Objection: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed" | "closed";
            statusLabel: string;
            /** Format: uuid */
            caseId: string;
            regionCode: string;
            /** Format: uuid */
            noticeBatchId: string;
            /** Format: date */
            noticeEndsOn: string;
            applicantName: string;
            occupation: string;
            level: number;
            certificateNo: string;
            content: string;
            contactName: string;
            contactPhoneMasked: string;
            /** Format: date-time */
            createdAt: string;
            decidedBy: string | null;
            decisionReason: string | null;
            /** Format: date-time */
            decidedAt: string | null;
        };
        ObjectionDecision: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "upheld" | "dismissed";
            /** Format: uuid */
            caseId: string;
        };
        ObjectionPage: {
            items: components["schemas"]["Objection"][];
            total: number;
            page: number;
            pageSize: number;
            counts: {
                open: number;
                upheld: number;
                dismissed: number;
                closed: number;
            };
        };
        ObjectionReceipt: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed" | "closed";
            message: string;
        };
        OtpAnswer: {
            message: string;
            expiresInSeconds: number;
            resendAfterSeconds: number;
        };
        /** @enum {string} */
        ParameterMark: "confirmed" | "partial" | "unconfirmed";
        PaymentBatch: {
            /** Format: uuid */
            id: string;
            batchNo: string;
            regionCode: string;
            status: components["schemas"]["PaymentBatchStatus"];
            statusLabel: string;
            createdBy: string;
            approvedBy: string | null;
            itemCount: number;
            totalFen: number;
            /** Format: date-time */
            createdAt: string;
            steps: components["schemas"]["PaymentBatchStep"][];
            bankFileLayoutId: string | null;
            items: components["schemas"]["PaymentItem"][];
        };
        /** @enum {string} */
        PaymentBatchStatus: "draft" | "approved" | "exported" | "result_imported" | "closed" | "discarded";
        PaymentBatchStep: {
            seq: number;
            /** @enum {string} */
            event: "create" | "approve" | "discard" | "export" | "import_result" | "close";
            from: components["schemas"]["PaymentBatchStatus"] | null;
            to: components["schemas"]["PaymentBatchStatus"];
            /** Format: date */
            on: string;
            actorId: string;
            reason: string | null;
        };
        PaymentBatchSummary: {
            /** Format: uuid */
            id: string;
            batchNo: string;
            regionCode: string;
            status: components["schemas"]["PaymentBatchStatus"];
            statusLabel: string;
            createdBy: string;
            approvedBy: string | null;
            itemCount: number;
            totalFen: number;
            /** Format: date-time */
            createdAt: string;
        };
        PaymentItem: {
            /** Format: uuid */
            id: string;
            line: number;
            reference: string;
            /** Format: uuid */
            caseId: string;
            caseStatus: components["schemas"]["CaseStatus"];
            amountFen: number;
            payee: {
                name: string;
                /** @enum {string} */
                kind: "social_security_card" | "bank_account";
                accountNoMasked: string;
                bankName: string | null;
            };
            /** @enum {string} */
            status: "pending" | "paid" | "failed" | "discarded";
            failureReason: string | null;
            /** Format: date */
            paidOn: string | null;
            reissueOf: string | null;
            /** Format: date */
            paymentDueOn: string | null;
            paymentOverdue: boolean;
        };
        PersonLogin: {
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            applicant: {
                /** @enum {string} */
                kind: "person";
                name: string;
                idNumberMasked: string;
                regionCode: string;
            };
        };
        PersonPage: {
            items: components["schemas"]["PersonSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PersonRecord: {
            /** Format: uuid */
            id: string;
            idNumber: string;
            name: string;
            /** @enum {string} */
            sex: "male" | "female";
            /** Format: date */
            birthDate: string;
            phone: string | null;
            regionCode: string;
            address: string | null;
        };
        PersonSummary: {
            /** Format: uuid */
            id: string;
            idNumberMasked: string;
            name: string;
            /** @enum {string} */
            sex: "male" | "female";
            /** Format: date */
            birthDate: string;
            phoneMasked: string | null;
            regionCode: string;
        };
        PolicyInForce: {
            /** @enum {string} */
            program: "skill-subsidy" | "unemployment-benefit" | "job-stabilization";
            programName: string;
            regionCode: string;
            /** Format: date */
            date: string;
            /** @enum {string} */
            basis: "certificate_issue_date" | "application_date" | "refund_year";
            id: string;
            source: string;
            ruleSetId: string;
            sources: string[];
            packIds: string[];
            layers: components["schemas"]["PolicyLayer"][];
            params: {
                [key: string]: unknown;
            };
            paramLayers: {
                [key: string]: string;
            };
            marks: {
                [key: string]: components["schemas"]["ParameterMark"];
            };
            parameterLabels: {
                [key: string]: string;
            };
            warnings: string[];
        };
        PolicyLayer: {
            id: string;
            packId: string;
            regionCode: string;
            /** @enum {string} */
            kind: "baseline" | "notice" | "provincial" | "city";
            documentNo: string;
            title: string;
            mark: components["schemas"]["ParameterMark"];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo: string | null;
            notes: string[];
        };
        PublishedNotice: {
            /** Format: uuid */
            id: string;
            regionCode: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            items: components["schemas"]["NoticeItem"][];
            schedule: string;
        };
        QuarterlyStatistics: {
            /** @enum {string} */
            kind: "monthly" | "quarterly";
            label: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            dueDate: string;
            regionCode: string;
            applicationsReceived: number;
            approved: number;
            rejected: number;
            paidPersons: number;
            paidAmountFen: number;
            paidAmountWanYuan: string;
            paidByLevel: {
                3: {
                    persons: number;
                    amountFen: number;
                };
                4: {
                    persons: number;
                    amountFen: number;
                };
                5: {
                    persons: number;
                    amountFen: number;
                };
            };
            paidByKind: {
                vocational_qualification: {
                    persons: number;
                    amountFen: number;
                };
                skill_level: {
                    persons: number;
                    amountFen: number;
                };
            };
        };
        RecoveryOrder: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            regionCode: string;
            applicantName: string;
            occupation: string;
            level: number;
            /** @enum {string} */
            status: "open" | "partially_repaid" | "recovered" | "written_off";
            statusLabel: string;
            amountFen: number;
            repaidFen: number;
            outstandingFen: number;
            reason: string;
            /** Format: date */
            dueOn: string;
            overdue: boolean;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            repayments: {
                /** Format: date */
                on: string;
                amountFen: number;
                reference: string;
            }[];
            writeOff: {
                /** Format: date */
                on: string;
                reason: string;
                by: string;
            } | null;
        };
        RecoveryOrderPage: {
            items: components["schemas"]["RecoveryOrderSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        RecoveryOrderSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            regionCode: string;
            applicantName: string;
            occupation: string;
            level: number;
            /** @enum {string} */
            status: "open" | "partially_repaid" | "recovered" | "written_off";
            statusLabel: string;
            amountFen: number;
            repaidFen: number;
            outstandingFen: number;
            reason: string;
            /** Format: date */
            dueOn: string;
            overdue: boolean;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        RegionBankFileLayout: {
            regionCode: string;
            layout: components["schemas"]["BankFileLayout"];
            updatedBy: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RegisteredJob: {
            name: string;
            /** @enum {string} */
            cadence: "daily" | "monthly";
        };
        RevealedPayee: {
            /** Format: uuid */
            caseId: string;
            payee: {
                /** @enum {string} */
                kind: "social_security_card" | "bank_account";
                accountNo: string;
                bankName: string | null;
            };
        };
        RowError: {
            index: number;
            path: string;
            message: string;
        };
        RuleLayer: {
            id: string;
            packId: string;
            regionCode: string;
            /** @enum {string} */
            kind: "baseline" | "notice" | "provincial" | "city";
            documentNo: string;
            title: string;
            mark: components["schemas"]["ParameterMark"];
            /** Format: date */
            effectiveFrom: string;
            /** Format: date */
            effectiveTo: string | null;
        };
        ServiceRating: {
            /** Format: uuid */
            caseId: string;
            regionCode: string;
            applicantName: string;
            /** @enum {string} */
            channel: "online" | "counter" | "employer_batch" | "proxy";
            occupation: string;
            level: number;
            score: number;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ServiceRatingPage: {
            items: components["schemas"]["ServiceRating"][];
            total: number;
            page: number;
            pageSize: number;
            summary: {
                count: number;
                average: number | null;
                byScore: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
        };
        SessionUser: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            roles: ("handler" | "reviewer" | "head" | "finance" | "auditor" | "data_admin" | "province_admin" | "system_admin")[];
            regionCode: string;
        };
        SkillSubsidyCheck: {
            rule: string;
            passed: boolean;
            message: string;
            /** @enum {string} */
            code?: "REGION_NOT_COVERED" | "CONTRIBUTION_MONTHS_SHORT" | "CONTRIBUTION_ARREARS" | "CERTIFICATE_TOO_EARLY" | "LEVEL_NOT_COVERED" | "APPLICATION_WINDOW_CLOSED" | "ALREADY_GRANTED" | "LOWER_LEVEL_AFTER_HIGHER" | "YEARLY_LIMIT_REACHED" | "STATUS_NOT_COVERED";
        };
        SkillSubsidyEvaluation: {
            eligible: boolean;
            amountFen: number;
            /** Format: date */
            applicationDeadline: string | null;
            policy: components["schemas"]["EvaluationPolicy"] | null;
            checks: components["schemas"]["SkillSubsidyCheck"][];
            reasons: ("REGION_NOT_COVERED" | "CONTRIBUTION_MONTHS_SHORT" | "CONTRIBUTION_ARREARS" | "CERTIFICATE_TOO_EARLY" | "LEVEL_NOT_COVERED" | "APPLICATION_WINDOW_CLOSED" | "ALREADY_GRANTED" | "LOWER_LEVEL_AFTER_HIGHER" | "YEARLY_LIMIT_REACHED" | "STATUS_NOT_COVERED")[];
            warnings: string[];
        };
        StaffAccount: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            roles: ("handler" | "reviewer" | "head" | "finance" | "auditor" | "data_admin" | "province_admin" | "system_admin")[];
            regionCode: string;
            disabled: boolean;
            /** Format: date-time */
            lockedUntil: string | null;
            mustChangePassword: boolean;
            /** Format: date-time */
            passwordChangedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        StaffAccountPage: {
            items: components["schemas"]["StaffAccount"][];
            total: number;
            page: number;
            pageSize: number;
        };
        StaffLogin: {
            accessToken: string;
            refreshToken: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            refreshExpiresAt: string;
            mustChangePassword: boolean;
            user: components["schemas"]["SessionUser"];
        };
        StatisticsTrend: {
            regionCode: string;
            regionName: string;
            from: string;
            to: string;
            /** Format: date */
            asOf: string;
            months: string[];
            regions: components["schemas"]["TrendRegion"][];
            rows: components["schemas"]["TrendRow"][];
        };
        SystemInfo: {
            programs: ("skill-subsidy" | "unemployment-benefit" | "job-stabilization")[];
            demo: boolean;
            version: string;
        };
        TrendRegion: {
            code: string;
            name: string;
        };
        TrendRow: {
            month: string;
            regionCode: string;
            submitted: number;
            approved: number;
            refused: number;
            paidCount: number;
            paidFen: number;
            overdue: number;
        };
        UnemploymentBenefitCheck: {
            rule: string;
            passed: boolean;
            message: string;
            /** @enum {string} */
            code?: "REGION_NOT_COVERED" | "CONTRIBUTION_TOO_SHORT" | "VOLUNTARY_SEPARATION" | "RECEIVING_PENSION" | "OVER_RETIREMENT_AGE";
        };
        UnemploymentBenefitEvaluation: {
            eligible: boolean;
            durationMonths: number;
            monthlyAmountFen: number;
            /** Format: date */
            benefitStartDate: string | null;
            /** Format: date */
            benefitEndDate: string | null;
            /** Format: date */
            legalRetirementDate: string | null;
            extendedToRetirement: boolean;
            policy: components["schemas"]["EvaluationPolicy"] | null;
            checks: components["schemas"]["UnemploymentBenefitCheck"][];
            reasons: ("REGION_NOT_COVERED" | "CONTRIBUTION_TOO_SHORT" | "VOLUNTARY_SEPARATION" | "RECEIVING_PENSION" | "OVER_RETIREMENT_AGE")[];
            warnings: string[];
        };
        WorkingDaysResult: {
            /** Format: date */
            from: string;
            days: number;
            /** Format: date */
            date: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    ApplicantAuthController_employerLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditCode: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerLogin"];
                };
            };
        };
    };
    ApplicantAuthController_employerOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditCode: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpAnswer"];
                };
            };
        };
    };
    ApplicantAuthController_personLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                    name: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonLogin"];
                };
            };
        };
    };
    ApplicantAuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApplicantAuthController_personOtp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpAnswer"];
                };
            };
        };
    };
    AuditController_entries: {
        parameters: {
            query?: {
                entity?: string;
                entityId?: string;
                actor?: string;
                action?: string;
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffLogin"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUser"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffLogin"];
                };
            };
        };
    };
    CalendarController_addWorkingDays: {
        parameters: {
            query: {
                from: string;
                days: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysResult"];
                };
            };
        };
    };
    CalendarController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarStatus"];
                };
            };
        };
    };
    CalendarController_years: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearSummary"][];
                };
            };
        };
    };
    CalendarController_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadedCalendarYear"];
                };
            };
        };
    };
    CalendarController_putYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentNo: string;
                    daysOff: string[];
                    workdays: string[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoadedCalendarYear"];
                };
            };
        };
    };
    ChangeRequestsController_list: {
        parameters: {
            query?: {
                regionCode?: string;
                status?: "pending" | "approved" | "rejected";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestPage"];
                };
            };
        };
    };
    ChangeRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    entity: "person";
                    /** Format: uuid */
                    entityId: string;
                    changes: {
                        name?: string;
                        phone?: string;
                        address?: string;
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
        };
    };
    ChangeRequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
        };
    };
    ChangeRequestsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequest"];
                };
            };
        };
    };
    RegistryController_createEmployerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditCode: string;
                    contactName: string;
                    contactPhone: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerAccount"];
                };
            };
        };
    };
    JobStabilizationEvaluationController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                    year: number;
                    enterprise: {
                        /** @enum {string} */
                        size: "sme" | "large";
                        /**
                         * @default enterprise
                         * @enum {string}
                         */
                        entityType?: "enterprise" | "social_organisation" | "foundation" | "social_service_body" | "law_firm" | "accounting_firm" | "individual_business";
                        insuredHeadcountStartOfYear: number;
                        layoffs: number;
                        contributionsLastYearFen: number;
                        /** @default false */
                        inArrears?: boolean;
                        /** @default false */
                        dishonest?: boolean;
                        /** @default false */
                        zombie?: boolean;
                        fullyPaidMonths?: number;
                    };
                    region: {
                        fundBalanceFen: number;
                        annualPayoutFen: number;
                        registeredUnemploymentRatePct: number;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStabilizationEvaluation"];
                };
            };
        };
    };
    SkillSubsidyEvaluationController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                    applicationDate: string;
                    applicant: {
                        contributionMonths: number;
                        /** @default false */
                        inArrears?: boolean;
                        /** @default false */
                        deepPovertyArea?: boolean;
                        /**
                         * @default employed
                         * @enum {string}
                         */
                        status?: "employed" | "receiving_benefit";
                    };
                    certificate: {
                        /** @enum {string} */
                        kind: "vocational_qualification" | "skill_level";
                        level: number;
                        occupation: string;
                        issueDate: string;
                    };
                    /** @default [] */
                    priorGrants?: {
                        occupation: string;
                        level: number;
                        grantedOn?: string;
                    }[];
                    /** @default [] */
                    heldCertificates?: {
                        occupation: string;
                        level: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillSubsidyEvaluation"];
                };
            };
        };
    };
    UnemploymentBenefitEvaluationController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                    applicationDate: string;
                    applicant: {
                        birthDate: string;
                        /** @enum {string} */
                        sex: "male" | "female";
                        femaleRetirementAge?: 50 | 55;
                        contributionMonths: number;
                        separationDate: string;
                        /** @enum {string} */
                        separationReason: "involuntary" | "voluntary";
                        /** @default false */
                        receivingPension?: boolean;
                        /** @default 0 */
                        carriedOverMonths?: number;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnemploymentBenefitEvaluation"];
                };
            };
        };
    };
    JobsController_list: {
        parameters: {
            query?: {
                job?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsOverview"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantSelf"];
                };
            };
        };
    };
    MeController_certificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCertificate"][];
                };
            };
        };
    };
    MeController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCertificate"];
                };
            };
        };
    };
    MeController_employer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEmployer"];
                };
            };
        };
    };
    MeController_person: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPerson"];
                };
            };
        };
    };
    PoliciesController_list: {
        parameters: {
            query: {
                regionCode: string;
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyInForce"][];
                };
            };
        };
    };
    NoticesController_list: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeBatch"][];
                };
            };
        };
    };
    NoticesController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactName: string;
                    contactPhone: string;
                    content: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionReceipt"];
                };
            };
        };
    };
    RegistryImportController_certificates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
        };
    };
    RegistryImportController_contributions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
        };
    };
    RegistryImportController_employers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
        };
    };
    RegistryImportController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 导入类型 */
                kind: "employers" | "persons" | "contributions" | "certificates";
            };
            cookie?: never;
        };
        /** @description 导出文件本身（CSV 或 Excel），不是 JSON */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
        };
    };
    RegistryController_list: {
        parameters: {
            query?: {
                regionCode?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
        };
    };
    RegistryImportController_persons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
        };
    };
    RegistryController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRecord"];
                };
            };
        };
    };
    RegistryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRecord"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                status?: "submitted" | "reviewing" | "approved" | "rejected" | "appealed" | "in_notice" | "notice_passed" | "cancelled" | "paying" | "paid" | "payment_failed" | "clawback_pending" | "recovered" | "withdrawn";
                channel?: "online" | "counter" | "employer_batch" | "proxy";
                occupation?: string;
                level?: number;
                regionCode?: string;
                overdue?: "true" | "false";
                from?: string;
                to?: string;
                sort?: "submittedAt" | "-submittedAt" | "dueOn" | "-dueOn" | "amountFen" | "-amountFen" | "status" | "-status";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
            };
        };
    };
    CasesController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 同一幂等键重复提交只受理一次，返回首次结果 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber?: string;
                    certificateNo: string;
                    /** @enum {string} */
                    channel: "online" | "counter" | "employer_batch" | "proxy";
                    payee: {
                        /** @enum {string} */
                        kind: "social_security_card" | "bank_account";
                        accountNo: string;
                        bankName: string;
                    };
                    phone?: string;
                    proxy?: {
                        name: string;
                        idNumber: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    CasesController_appeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    CasesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    CasesController_correctPayee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payee: {
                        /** @enum {string} */
                        kind: "social_security_card" | "bank_account";
                        accountNo: string;
                        bankName: string;
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    CounterController_reveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedPayee"];
                };
            };
        };
    };
    CasesController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    PaymentsController_openRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen?: number;
                    reason: string;
                    dueOn: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryOrder"];
                };
            };
        };
    };
    CasesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
        };
    };
    PaymentsController_layouts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankFileLayouts"];
                };
            };
        };
    };
    PaymentsController_saveLayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        /** @description 代发文件格式定义（逐项校验，错误逐字段返回） */
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    /** @enum {string} */
                    encoding: "utf-8" | "utf-8-bom";
                    /** @enum {string} */
                    delimiter: "," | "|" | "\t";
                    /** @enum {string} */
                    lineEnding: "crlf" | "lf";
                    /** @enum {string} */
                    amountUnit: "yuan" | "fen";
                    purpose: string;
                    file: {
                        header: boolean;
                        columns: {
                            /** @enum {string} */
                            field: "line_no" | "reference" | "batch_no" | "payee_name" | "account_no" | "bank_name" | "amount" | "purpose" | "constant";
                            title: string;
                            value?: string;
                        }[];
                    };
                    result: {
                        header: boolean;
                        columns: ("reference" | "status" | "reason" | "amount" | "account_no" | "ignore")[];
                        paidValues: string[];
                        failedValues: string[];
                    };
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionBankFileLayout"];
                };
            };
        };
    };
    CounterController_counterBatch: {
        parameters: {
            query: {
                dryRun?: "0" | "1" | "true" | "false";
                creditCode: string;
            };
            header?: {
                /** @description 同一幂等键重复提交只受理一次，返回首次结果（预检不使用幂等键） */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description 单位报来的申报表文件本身（CSV 或 Excel），不是 JSON */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerBatchResult"];
                };
            };
        };
    };
    CounterController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idNumber: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterPreview"];
                };
            };
        };
    };
    EmployerBatchesController_submit: {
        parameters: {
            query?: {
                dryRun?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description 同一幂等键重复提交只受理一次，返回首次结果（预检不使用幂等键） */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description 申报表文件本身（CSV 或 Excel），不是 JSON */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerBatchResult"];
                };
            };
        };
    };
    NoticesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedNotice"];
                };
            };
        };
    };
    NoticesController_listObjections: {
        parameters: {
            query?: {
                regionCode?: string;
                status?: "open" | "upheld" | "dismissed" | "closed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionPage"];
                };
            };
        };
    };
    NoticesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "uphold" | "dismiss";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionDecision"];
                };
            };
        };
    };
    PaymentsController_list: {
        parameters: {
            query?: {
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatchSummary"][];
                };
            };
        };
    };
    PaymentsController_build: {
        parameters: {
            query?: never;
            header?: {
                /** @description 同一幂等键重复组批只组一次，返回首次的批次 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionCode: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuiltPaymentBatch"];
                };
            };
        };
    };
    PaymentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatch"];
                };
            };
        };
    };
    PaymentsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatch"];
                };
            };
        };
    };
    PaymentsController_bankFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PaymentsController_importResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankResultSummary"];
                };
            };
        };
    };
    PaymentsController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatch"];
                };
            };
        };
    };
    StatisticsController_grantRecord: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 享受情况（format=json）；format=html 时为可打印页面 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantRecord"];
                };
            };
        };
    };
    ServiceRatingsController_list: {
        parameters: {
            query?: {
                regionCode?: string;
                score?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRatingPage"];
                };
            };
        };
    };
    PaymentsController_listRecovery: {
        parameters: {
            query?: {
                regionCode?: string;
                caseId?: string;
                status?: "open" | "partially_repaid" | "recovered" | "written_off";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryOrderPage"];
                };
            };
        };
    };
    PaymentsController_getRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryOrder"];
                };
            };
        };
    };
    PaymentsController_repay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountFen: number;
                    paidOn: string;
                    reference: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryOrder"];
                };
            };
        };
    };
    PaymentsController_writeOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryOrder"];
                };
            };
        };
    };
    StatisticsController_monthly: {
        parameters: {
            query: {
                regionCode: string;
                month: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件4（format=json）；format=xlsx 时为表格文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyStatistics"];
                };
            };
        };
    };
    StatisticsController_filedMonthly: {
        parameters: {
            query: {
                regionCode: string;
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiledMonthlyStatistics"];
                };
            };
        };
    };
    StatisticsController_noticeList: {
        parameters: {
            query: {
                regionCode: string;
                month: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 附件2（format=json）；format=xlsx 时为表格文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeListStatistics"];
                };
            };
        };
    };
    StatisticsController_quarterly: {
        parameters: {
            query: {
                regionCode: string;
                year: number;
                quarter: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyStatistics"];
                };
            };
        };
    };
    StatisticsController_trend: {
        parameters: {
            query: {
                regionCode: string;
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsTrend"];
                };
            };
        };
    };
    SystemController_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemInfo"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccountPage"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    roles: ("handler" | "reviewer" | "head" | "finance" | "auditor" | "data_admin" | "province_admin" | "system_admin")[];
                    regionCode: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    roles?: ("handler" | "reviewer" | "head" | "finance" | "auditor" | "data_admin" | "province_admin" | "system_admin")[];
                    regionCode?: string;
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description 已创建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAccount"];
                };
            };
        };
    };
}
