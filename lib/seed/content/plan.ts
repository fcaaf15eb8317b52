import type { PlanItemKind } from '../../generated/prisma/enums';

export type SeedPlanItem = {
  kind: PlanItemKind;
  title: string;
  body?: string;
  isSummary?: boolean;
};

/**
 * The Ministry's 2023 communication plan as the source article states it.
 * The article names the plan but not its decision number, so decisionRef
 * stays empty. Bodies are the article's own sentences (or clauses of them).
 */
export const seedPlan = {
  year: 2023,
  title: 'Kế hoạch truyền thông năm 2023 của Bộ Kế hoạch và Đầu tư',
  basis:
    'Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông chính sách',
  summary:
    'Bộ Kế hoạch và Đầu tư đã ban hành Kế hoạch truyền thông năm 2023, trong đó tập trung vào 5 giải pháp trọng tâm thực hiện chiến lược truyền thông chính sách, lấy người dân là trọng tâm của phát triển. Kế hoạch được xác định là kim chỉ nam cho việc thực hiện các hoạt động truyền thông chính sách và trọng tâm hướng tới hạnh phúc của người dân.',
} as const;

const purposes: SeedPlanItem[] = [
  {
    kind: 'PURPOSE',
    title: 'Lấy người dân là trọng tâm',
    body: 'Người dân là trọng tâm của các hoạt động truyền thông chính sách. Mọi chính sách do Bộ Kế hoạch và Đầu tư nghiên cứu và ban hành đều hướng tới hạnh phúc của người dân.',
  },
  {
    kind: 'PURPOSE',
    title: 'Tạo sự đồng thuận xã hội',
    body: 'Truyền thông tác động đến công tác hoạch định chính sách, thu hút sự tham gia, đóng góp ý kiến, tạo sự đồng thuận xã hội.',
  },
  {
    kind: 'PURPOSE',
    title: 'Không để ai bị bỏ lại phía sau',
    body: 'Đảm bảo chính sách ban hành phù hợp với thực tiễn, góp phần vào tiến bộ, công bằng xã hội, không để ai bị bỏ lại phía sau.',
  },
];

const principles: SeedPlanItem[] = [
  { kind: 'PRINCIPLE', title: 'Định hướng, dẫn dắt' },
  { kind: 'PRINCIPLE', title: 'Chính xác, khách quan và kịp thời' },
  {
    kind: 'PRINCIPLE',
    title: 'Hài hoà, hợp lý với các thông tin từ trên xuống và từ dưới lên',
  },
];

const audiences: SeedPlanItem[] = [
  'Người dân',
  'Doanh nghiệp',
  'Cơ quan',
  'Tổ chức',
  'Cá nhân',
].map((title) => ({ kind: 'AUDIENCE', title }));

// The article says there are five key solutions but does not list them.
// These five are drawn from its paragraphs and marked isSummary, so the plan
// page can say so and editors can replace them with the plan's own wording.
const solutions: SeedPlanItem[] = [
  {
    title: 'Nội dung chính xác, có chọn lọc, được cấp có thẩm quyền phê duyệt trước khi đăng tải',
    body: 'Nội dung truyền thông về lĩnh vực quản lý Nhà nước của Bộ dựa trên kiến thức tổng hợp và dữ liệu chính xác, có chọn lọc và được cấp có thẩm quyền phê duyệt trước khi đăng tải; xác định các thông tin có tính chất truyền thông trước khi cung cấp ra công chúng.',
  },
  {
    title: 'Đa dạng hình thức truyền thông, kết hợp công nghệ mới',
    body: 'Hình thức truyền thông cần đa dạng, kết hợp với công nghệ mới, nhằm bảo đảm thiết thực, chất lượng và hiệu quả.',
  },
  {
    title: 'Đẩy mạnh truyền thông trên nền tảng số',
    body: 'Bộ cũng đẩy mạnh truyền thông trên nền tảng số; vận hành kênh truyền thông thân thiện tích hợp yếu tố công nghệ mới; sử dụng các ứng dụng kết nối giao tiếp thông tin công nghệ mới để truyền thông chính sách.',
  },
  {
    title:
      'Kết nối báo chí và công chúng: chương trình kết nối truyền thông định kỳ, họp báo, tọa đàm',
    body: 'Bộ sẽ tổ chức định kỳ chương trình kết nối truyền thông thông qua mô hình kết nối; tổ chức các cuộc họp báo hay tọa đàm truyền thông chính sách.',
  },
  {
    title: 'Ứng dụng công nghệ hiện đại để phát hiện, dự báo xu hướng thông tin',
    body: 'Ứng dụng công nghệ hiện đại trong quản trị thông tin truyền thông để phát hiện, dự báo các xu hướng thông tin phục vụ cho công tác chỉ đạo điều hành.',
  },
].map((item) => ({ ...item, kind: 'SOLUTION', isSummary: true }));

const channels: SeedPlanItem[] = [
  'Cổng thông tin điện tử của Bộ Kế hoạch và Đầu tư',
  'Nền tảng quản trị số tổng thể',
  'Nền tảng họp trực tuyến',
  'Bản tin nội bộ về kinh tế - đầu tư và xã hội phục vụ công tác điều hành và quản lý',
  'Chương trình kết nối truyền thông định kỳ thông qua mô hình kết nối',
  'Kênh truyền thông thân thiện tích hợp yếu tố công nghệ mới',
  'Họp báo, tọa đàm truyền thông chính sách',
  'Ứng dụng kết nối giao tiếp thông tin công nghệ mới',
].map((title) => ({ kind: 'CHANNEL', title }));

// No ACTIVITY items and no Events: the article names no dated activity.
/** Every plan item, grouped by kind in page order; position = index within its kind, from 1. */
export const seedPlanItems: readonly SeedPlanItem[] = [
  ...purposes,
  ...principles,
  ...audiences,
  ...solutions,
  ...channels,
];
