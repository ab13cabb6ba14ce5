{{- define "guichet.fullname" -}}
{{- printf "%s" .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{- define "guichet.labels" -}}
app.kubernetes.io/name: guichet
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "guichet.selector" -}}
app.kubernetes.io/name: guichet
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "guichet.secretName" -}}
{{- default (printf "%s-secrets" (include "guichet.fullname" .)) .Values.existingSecret -}}
{{- end -}}

{{/* The environment every Guichet container gets: the ConfigMap and the Secret. */}}
{{- define "guichet.env" -}}
envFrom:
  - configMapRef:
      name: {{ include "guichet.fullname" . }}-config
  - secretRef:
      name: {{ include "guichet.secretName" . }}
env:
  - name: DATA_DIR
    value: /data
{{- end -}}

{{- define "guichet.volumes" -}}
volumes:
  - name: data
    {{- if .Values.persistence.enabled }}
    persistentVolumeClaim:
      claimName: {{ include "guichet.fullname" . }}-data
    {{- else }}
    emptyDir: {}
    {{- end }}
  - name: tmp
    emptyDir: {}
{{- end -}}

{{- define "guichet.mounts" -}}
volumeMounts:
  - name: data
    mountPath: /data
  - name: tmp
    mountPath: /tmp
{{- end -}}
