// IPA 「中小企業のためのクラウドサービス安全利用の手引き」 as template data (source text:
// shared/seed/cloud-service-guide-ja.txt). Japanese is the source of truth; English is a plain-language
// translation for managers, not a legal rendering.
//
// Item keys are 'item-01' … 'item-14', the guide's own numbers "(1)"…"(14)":
// - the guide, its check sheet and people's memos refer to items by number only, so the key reads the same
//   way in the database, the audit log and the PDF;
// - the group is NOT part of the key, because grouping is layout a later edition may change independently;
// - zero-padded so that sorting by key keeps the guide's order;
// - keys are scoped by template key + version, so a newer edition defines its own keys and any carry-over of
//   answers between editions is explicit mapping data, never inferred from similar names.
//
// Where the guide's own texts disagree, the appendix check sheet wins for 項目/内容 (it is the form users
// sign off), and the difference is noted next to the data.
import { itemsA } from './ipa-2011-items-a';
import { itemsB } from './ipa-2011-items-b';
import { itemsC1 } from './ipa-2011-items-c1';
import { itemsC2 } from './ipa-2011-items-c2';
import { t } from './localized-text';
import type { ChecklistTemplate } from './types';

export const IPA_2011_KEY = 'ipa-2011';

export const ipa2011: ChecklistTemplate = {
  key: IPA_2011_KEY,
  version: 1,
  title: t(
    '中小企業のためのクラウドサービス安全利用の手引き',
    'Guide to Using Cloud Services Safely for Small and Medium-Sized Enterprises',
  ),
  source: t(
    '独立行政法人情報処理推進機構（IPA）「中小企業のためのクラウドサービス安全利用の手引き」および付録「中小企業のためのクラウドサービス安全利用チェックシート」（2011年）',
    'Information-technology Promotion Agency, Japan (IPA): “Guide to Using Cloud Services Safely for Small and Medium-Sized Enterprises” and its appendix check sheet (2011)',
  ),
  riskReview: t(
    'チェックがつかなかった項目に関しては、クラウドサービスの導入・利用に際して、セキュリティ等に関するリスクが発生する可能性があります。そういった項目から生じるリスクについて、許容可能か（経営上、業務上、大きな支障が発生する恐れがないか）どうかを改めて検討してみてください。',
    'Any item you could not tick may bring security or other risks when you adopt and use the service. For each such item, consider again whether the risk is acceptable, that is, whether it could seriously disrupt the running of your company or your day-to-day work.',
  ),
  groups: [
    {
      key: 'A',
      title: t('クラウドサービスの利用範囲についての確認項目', 'Checks on what you will use the cloud service for'),
      description: t(
        'クラウドサービスでどの業務・どの情報を扱うか、業務に合うサービスとそのコスト、扱う情報の重要度、社内のセキュリティ上のルールとの整合性を確認します（項目1〜4）。',
        'Which work and which information go to the cloud, which service fits and what it costs, how important the information is, and whether all this fits your own security rules (items 1–4).',
      ),
    },
    {
      key: 'B',
      title: t('クラウドサービスの利用準備についての確認項目', 'Checks on getting your company ready to use it'),
      description: t(
        '社内の担当者、ユーザ管理、パスワードの設定・管理、重要情報を手元に確保する備えなど、利用する側の準備を確認します（項目5〜8）。',
        'Whether your side is ready: a person in charge, user management, setting and managing passwords, and keeping important information in your own hands (items 5–8).',
      ),
    },
    {
      // The guide titles this group three ways (「提供条件等についての確認項目」 in the overview,
      // 「提供条件についての確認項目」 above its table, 「クラウドサービス提供条件等についての確認」 on the
      // check sheet); the overview's form matches how groups A and B are titled everywhere.
      key: 'C',
      title: t(
        'クラウドサービスの提供条件等についての確認項目',
        'Checks on the provider and its terms of service',
      ),
      description: t(
        '事業者とサービスの信頼性、セキュリティ対策の公開、利用者サポート、利用終了時のデータの取扱い、契約条件など、クラウド事業者側の条件を確認します（項目9〜14）。',
        'What the provider offers: how reliable the company and the service are, whether its security measures are published, user support, what happens to your data when you leave, and the contract terms (items 9–14).',
      ),
    },
  ],
  items: [...itemsA, ...itemsB, ...itemsC1, ...itemsC2],
  // Section 3 「あなたの会社のITに、こんな期待や課題はありませんか？」, verbatim; footnote markers of
  // SCM/CRM/SFA dropped.
  needs: [
    {
      key: 'efficiency',
      title: t('業務効率について', 'Working more efficiently'),
      options: [
        {
          key: 'cut-overhead',
          text: t(
            'ITで行う業務の効率を上げて間接コストを圧縮したい',
            'Make the work we do with IT more efficient and cut overhead costs',
          ),
        },
        {
          key: 'consolidate-info',
          text: t(
            '社内でバラバラに保有されている情報を集約して有効活用したい',
            'Bring together information scattered around the company and put it to good use',
          ),
        },
        {
          key: 'digitise-admin',
          text: t(
            '管理業務や間接業務のIT化率を上げて業務効率を改善したい',
            'Move more administrative and back-office work onto IT to work more efficiently',
          ),
        },
        {
          key: 'remote-access',
          text: t(
            '社外からでも、電子メールやスケジューラーなどを使いたい',
            'Use email, shared calendars and similar tools from outside the office too',
          ),
        },
      ],
    },
    {
      key: 'it-burden',
      title: t('ITの負担について', 'Reducing the burden of running IT'),
      options: [
        {
          key: 'cut-it-running-cost',
          text: t(
            'ITの運用や維持管理のコスト（人手や手間）を削減したい',
            'Cut the cost (people and effort) of running and maintaining IT',
          ),
        },
        {
          key: 'lighten-servers',
          text: t('自社で運用しているサーバの運用負担を軽くしたい', 'Lighten the work of running our own servers'),
        },
        {
          key: 'no-specialists',
          text: t('専門要員を雇わずに最新のITを活用したい', 'Use up-to-date IT without hiring specialist staff'),
        },
        {
          key: 'easy-security',
          text: t(
            '手間をかけずに情報セキュリティを維持・向上したい',
            'Maintain and improve information security without much effort',
          ),
        },
        {
          key: 'latest-software',
          text: t(
            '最新の機能を持つソフトウェアを使いたいが、更新するのが面倒だ',
            'We want software with the latest features, but keeping it updated is a hassle',
          ),
        },
        {
          key: 'easier-backup',
          text: t('バックアップの作業負担やコストを軽減したい', 'Reduce the work and cost of backups'),
        },
      ],
    },
    {
      key: 'it-business',
      title: t('ITを活用したビジネスについて', 'Growing the business with IT'),
      options: [
        {
          key: 'new-service',
          text: t(
            'ITを活かした新規サービスビジネスを迅速かつ安価に開始したい',
            'Launch a new IT-based service business quickly and cheaply',
          ),
        },
        {
          key: 'expand-business',
          text: t(
            'ITをベースに今展開している事業を、少ない投資で充実・拡大したい',
            'Strengthen and expand our current IT-based business with little investment',
          ),
        },
        {
          key: 'digitise-management',
          text: t('経営管理や業務処理をIT化したい', 'Run business management and day-to-day processing on IT'),
        },
        {
          key: 'scm-crm-sfa',
          text: t(
            '受発注処理、顧客管理、商談管理等にITを導入したい（SCM、CRM、SFA等）',
            'Use IT for ordering, customer management, sales deal management and the like (supply chain management, customer relationship management, sales force automation, etc.)',
          ),
        },
        {
          key: 'partner-sharing',
          text: t(
            '連携する企業間で情報共有を図り、新しい付加価値やサービスを開拓したい',
            'Share information with partner companies to create new value and new services',
          ),
        },
      ],
    },
  ],
  // The guide defines no importance scale, so there are no levels (inventing "high/medium/low" would add a
  // requirement the guide does not make). The considerations are what item (3) tells you to weigh.
  infoImportance: {
    considerations: [
      {
        key: 'privacy',
        text: t(
          'プライバシーに係る情報（個人情報等）を含む',
          'Includes information about people’s privacy (personal data, etc.)',
        ),
      },
      { key: 'trade-secret', text: t('企業秘密に係る情報を含む', 'Includes trade secrets') },
      {
        key: 'loss-of-competitiveness',
        text: t('失われた場合、競争力の喪失につながる', 'Losing it could cost us our competitive edge'),
      },
      { key: 'loss-of-customers', text: t('失われた場合、顧客の喪失につながる', 'Losing it could cost us customers') },
      {
        key: 'loss-of-trust',
        text: t('失われた場合、信用の失墜につながる', 'Losing it could damage our reputation'),
      },
      {
        key: 'fraudulent-withdrawal',
        text: t(
          '失われた場合、預金等の不正引出しにつながる',
          'Losing it could lead to fraudulent withdrawal of deposits or other funds',
        ),
      },
      {
        key: 'loss-of-management-info',
        text: t(
          '失われた場合、経営管理情報の紛失につながる',
          'Losing it would mean losing information we need to manage the business',
        ),
      },
    ],
  },
};
