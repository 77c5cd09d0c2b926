import type { RuleProfile } from '@renda/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client';
import { type ProfileState, profileKeys } from './queries';

interface Props {
  baseVersion: number;
  profile: RuleProfile;
  onClose: () => void;
  onSaved: () => void;
  onFailed: (e: unknown) => void;
}

/** Asks for the note every version carries, then saves; the server checks the statutory floor. */
export function SaveVersionModal({ baseVersion, profile, onClose, onSaved, onFailed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (note: string) => put<ProfileState>('/api/profile', { baseVersion, note, profile }),
    onSuccess: async (saved) => {
      message.success(t('profile.saved', { version: saved.version }));
      queryClient.setQueryData(profileKeys.current, saved);
      await queryClient.invalidateQueries({ queryKey: profileKeys.versions });
      onSaved();
      onClose();
    },
    onError: async (e) => {
      onFailed(e);
      await queryClient.invalidateQueries({ queryKey: profileKeys.current });
      onClose();
    },
  });

  return (
    <Modal
      open
      title={t('profile.noteTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('profile.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v.note.trim())}>
        <Form.Item
          name="note"
          label={t('profile.note')}
          rules={[{ required: true, whitespace: true, message: t('profile.noteRequired') }]}
        >
          <Input.TextArea
            maxLength={500}
            showCount
            autoSize={{ minRows: 3, maxRows: 6 }}
            placeholder={t('profile.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
