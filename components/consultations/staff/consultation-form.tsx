'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type ConsultationFormValues = {
  title: string;
  documentType: string;
  draftingUnit: string;
  summary: string;
  contact: string;
  opensAt: string;
  closesAt: string;
  shortWindowReason: string;
  draftText: string;
};

type Props = {
  action: FormAction;
  hidden: Record<string, string>;
  initial: ConsultationFormValues;
  typeOptions: readonly { value: string; label: string }[];
  /** After the first publication the type, drafting unit and contact are fixed. */
  identityLocked: boolean;
  canSubmit: boolean;
};

const DATE_HINT = 'Giờ Việt Nam, dạng ngày/tháng/năm giờ:phút, ví dụ 30/06/2026 23:59.';

/**
 * A consultation's fields: the identity, the window, the draft pasted or
 * uploaded as .docx; "Lưu nháp" and, when the policy allows, "Gửi duyệt".
 * A refusal keeps what was typed (not the file, which is never echoed).
 */
export function ConsultationForm(props: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const v = (name: keyof ConsultationFormValues) => state.values?.[name] ?? props.initial[name];
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      <TextField
        name="title"
        label="Tên dự thảo"
        required
        maxLength={300}
        defaultValue={v('title')}
        error={err('title')}
      />
      {props.identityLocked ? (
        <p>
          <input type="hidden" name="documentType" value={props.initial.documentType} />
          <span className="font-semibold">Loại văn bản:</span>{' '}
          {props.typeOptions.find((o) => o.value === props.initial.documentType)?.label}
        </p>
      ) : (
        <SelectField
          name="documentType"
          label="Loại văn bản"
          required
          options={props.typeOptions}
          placeholder="— Chọn loại văn bản —"
          defaultValue={v('documentType')}
          error={err('documentType')}
        />
      )}
      <TextField
        name="draftingUnit"
        label="Cơ quan chủ trì soạn thảo"
        required
        defaultValue={v('draftingUnit')}
        error={err('draftingUnit')}
        readOnly={props.identityLocked}
      />
      <TextAreaField
        name="summary"
        label="Tóm tắt"
        required
        rows={4}
        defaultValue={v('summary')}
        error={err('summary')}
      />
      <TextAreaField
        name="contact"
        label="Thông tin liên hệ"
        required
        rows={2}
        defaultValue={v('contact')}
        error={err('contact')}
        readOnly={props.identityLocked}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="opensAt"
          label="Bắt đầu lấy ý kiến"
          hint={DATE_HINT}
          required
          defaultValue={v('opensAt')}
          error={err('opensAt')}
        />
        <TextField
          name="closesAt"
          label="Kết thúc lấy ý kiến"
          hint={DATE_HINT}
          required
          defaultValue={v('closesAt')}
          error={err('closesAt')}
        />
      </div>
      <TextAreaField
        name="shortWindowReason"
        label="Lý do thời gian lấy ý kiến ngắn hơn quy định"
        hint="Chỉ cần khi thời gian lấy ý kiến ít hơn số ngày tối thiểu của loại văn bản."
        rows={2}
        defaultValue={v('shortWindowReason')}
        error={err('shortWindowReason')}
      />
      <TextAreaField
        name="draftText"
        label="Toàn văn dự thảo"
        hint="Dán toàn văn; mỗi Chương, Điều, khoản (1.), điểm (a)) bắt đầu một dòng. Nếu chọn tệp .docx bên dưới, nội dung tệp thay cho phần dán."
        rows={16}
        defaultValue={v('draftText')}
        error={err('draftText')}
      />
      <TextField
        name="docx"
        type="file"
        label="Hoặc tải lên tệp .docx"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        error={err('docx')}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        {props.canSubmit ? (
          <SubmitButton name="intent" value="submit">
            Gửi duyệt
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
